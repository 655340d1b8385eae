/** Active Objects entities and the database implementations of the core's ports. */
package org.salespipeline.store;
