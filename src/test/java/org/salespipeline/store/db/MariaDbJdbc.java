package org.salespipeline.store.db;

import net.java.ao.test.jdbc.JdbcConfiguration;

/**
 * The MariaDB test server's {@value #DATABASE} database, reached through MySQL's driver, for the Active Objects
 * test runner. Without MariaDB installed each test skips (fails when {@code -Ddatabase.required=true}): the runner
 * asks for the URL inside each test, where JUnit reports the assumption as a skip.
 */
public final class MariaDbJdbc implements JdbcConfiguration {

    /** The database the AO tests use; the AO runner drops its tables before a test class's first test. */
    public static final String DATABASE = "salespipeline";

    @Override
    public String getUrl() {
        return MariaDbServer.get().jdbcUrl(DATABASE);
    }

    /** MySQL has no schemas inside a database; Active Objects works in the URL's database. */
    @Override
    public String getSchema() {
        return null;
    }

    @Override
    public String getUsername() {
        return MariaDbServer.get().user();
    }

    @Override
    public String getPassword() {
        return MariaDbServer.get().password();
    }

    @Override
    public void init() {
        MariaDbServer.get();
    }
}
