/** Deal histories as files for the demo host, the store tests and the benchmark: reading, writing and generating them. */
package org.salespipeline.demo.data;
