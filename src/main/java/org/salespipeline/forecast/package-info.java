/**
 * Forecasts that learn from a pipeline's own history: stage win probabilities as of an instant with their evidence,
 * the forecast range of a window, and its track record.
 */
package org.salespipeline.forecast;
