package org.salespipeline.store.db;

import net.java.ao.test.jdbc.Hsql;

/** In-memory HSQLDB 2.7 with multi-version concurrency, as the demo host runs its file database. */
public final class HsqlMvcc extends Hsql {

    public HsqlMvcc() {
        super("jdbc:hsqldb:mem:sales-pipeline;hsqldb.tx=mvcc", "SA", "", "PUBLIC");
    }
}
