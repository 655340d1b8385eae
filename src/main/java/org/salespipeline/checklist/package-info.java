/** Stage checklists: templates per stage, a deal's checklists with versioned ticks, and what blocks a deal from being won. */
package org.salespipeline.checklist;
