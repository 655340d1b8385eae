/**
 * The entities of the last release whose tables have changed since, kept as they were released (names, columns,
 * indexes), so that {@link org.salespipeline.store.SchemaMigrationContract} can create the released tables and
 * migrate them to today's entities.
 */
package org.salespipeline.store.released;
