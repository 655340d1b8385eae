/** The sales workflow: its generated XML and the validators that enforce exit criteria on transitions. */
package org.salespipeline.jira.workflow;
