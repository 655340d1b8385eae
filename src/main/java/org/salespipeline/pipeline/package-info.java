/** Pipeline configuration: ordered open stages, outcomes, templates, guidance and the status-to-stage mapping. */
package org.salespipeline.pipeline;
