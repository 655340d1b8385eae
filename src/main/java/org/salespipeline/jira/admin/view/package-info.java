/**
 * The view records the admin templates receive, each a top-level public type so that the descriptor's Velocity
 * allowlist can name its methods. Every text is HTML-escaped already; the accessors end in "Html" so that a host which
 * escapes template output by itself leaves them alone.
 */
package org.salespipeline.jira.admin.view;
