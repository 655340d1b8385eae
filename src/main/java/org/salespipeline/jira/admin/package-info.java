/** The admin pages: a servlet for Jira administrators, the views it renders with Velocity, and their rendering. */
package org.salespipeline.jira.admin;
