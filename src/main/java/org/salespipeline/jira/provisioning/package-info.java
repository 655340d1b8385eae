/** Provisioning's ports on Jira's own managers: statuses, workflows and schemes, issue types, custom fields, screens. */
package org.salespipeline.jira.provisioning;
