/** Pipeline metrics as defined in DESIGN §4: the port, its result records and the in-memory reference implementation. */
package org.salespipeline.metrics;
