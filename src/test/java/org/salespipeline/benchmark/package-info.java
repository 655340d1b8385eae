/** The benchmark of ingestion and metrics at scale, against the naive read-everything way; run by exec:exec@benchmark. */
package org.salespipeline.benchmark;
