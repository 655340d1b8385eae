/** The app's web fragments on Jira pages: the deal panel on the issue view and the condition that shows it. */
package org.salespipeline.jira.web;
