/** Provisioning a project's pipeline from a template: the Jira parts it needs, created or reused, undone on failure. */
package org.salespipeline.provisioning;
