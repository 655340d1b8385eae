/** Drill-down: the deals behind a gadget's number, named by a JQL function's arguments, for Jira's issue navigator. */
package org.salespipeline.drilldown;
