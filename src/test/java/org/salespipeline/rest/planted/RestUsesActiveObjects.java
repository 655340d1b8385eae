package org.salespipeline.rest.planted;

/** Planted to break an architecture rule (see ArchitectureTest): a REST class using Active Objects. Never used. */
public final class RestUsesActiveObjects {
    net.java.ao.DBParam parameter;
}
