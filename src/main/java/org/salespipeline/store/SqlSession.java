package org.salespipeline.store;

import java.sql.Connection;
import java.util.function.Consumer;

/** A connection to the database that holds the app's tables, with that database's dialect. */
public final class SqlSession {

    private final Connection connection;
    private final SqlDialect dialect;
    private final Consumer<Sql> observer;

    public SqlSession(Connection connection, SqlDialect dialect) {
        this(connection, dialect, sql -> { });
    }

    private SqlSession(Connection connection, SqlDialect dialect, Consumer<Sql> observer) {
        this.connection = connection;
        this.dialect = dialect;
        this.observer = observer;
    }

    public Connection connection() {
        return connection;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The same session, also telling {@code observer} of every statement before it is sent. */
    SqlSession observedBy(Consumer<Sql> more) {
        return new SqlSession(connection, dialect, observer.andThen(more));
    }

    void issued(Sql sql) {
        observer.accept(sql);
    }
}
