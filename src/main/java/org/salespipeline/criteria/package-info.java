/** Exit criteria: what a deal must have before the workflow lets it move on, as messages that name what is missing. */
package org.salespipeline.criteria;
