/** A deal's stage history derived from its status changes: position, stays, stage at a time and outcome. */
package org.salespipeline.history;
