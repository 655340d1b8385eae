/** Adapters to Jira itself: host services, event feed, workflow validators, web panels and permissions. */
package org.salespipeline.jira;
