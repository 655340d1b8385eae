package org.salespipeline.rest.planted;

/** Planted to break an architecture rule (see ArchitectureTest): an Active Objects entity outside the store. Never used. */
public interface EntityOutsideTheStore extends net.java.ao.Entity {
}
