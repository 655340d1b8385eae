/** The drill-down functions as Jira JQL functions: the deals behind a gadget's number, in Jira's issue navigator. */
package org.salespipeline.jira.jql;
