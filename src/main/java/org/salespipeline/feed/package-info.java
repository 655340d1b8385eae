/** The stage-log feed: what the app does when a deal's issue is created, moved, changed, retyped or deleted. */
package org.salespipeline.feed;
