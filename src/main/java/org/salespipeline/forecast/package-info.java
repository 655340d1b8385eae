/** Forecasts that learn from a pipeline's own history: stage win probabilities as of an instant, and their evidence. */
package org.salespipeline.forecast;
