/**
 * The deal workspace: what the issue panel shows of one deal — its stage path, time in stage, value, BANT
 * answers and checklists — and the changes a sales rep makes there. Plain Java; Jira comes in through ports.
 */
package org.salespipeline.workspace;
