/**
 * What the app says to a user, as codes: a message key of the bundle {@code i18n/sales-pipeline.properties} with its
 * arguments. The core returns messages, never sentences; the adapters turn them into text in the user's language.
 */
package org.salespipeline.text;
