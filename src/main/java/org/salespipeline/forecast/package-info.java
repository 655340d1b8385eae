/** The forecast range of a fiscal month or quarter as of an instant, learnt from the pipeline's own history, and its track record. */
package org.salespipeline.forecast;
