/** The app's public REST API under /rest/sales-pipeline/1.0: JAX-RS resources and their JSON records. */
package org.salespipeline.rest;
