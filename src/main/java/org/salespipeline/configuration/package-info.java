/** A project's whole pipeline set-up — stages, status mapping, qualification policy, checklists — and its port. */
package org.salespipeline.configuration;
