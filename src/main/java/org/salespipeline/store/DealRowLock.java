package org.salespipeline.store;

import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.ID;
import static org.salespipeline.store.Schema.ISSUE_ID;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Collections;

/**
 * Locks deals' state rows for the rest of a transaction. It must be the transaction's first statement, so
 * that everything the transaction reads after it, at any isolation, includes what the previous holder of
 * the lock committed; it runs on Active Objects' own connection, which the transaction's writes use.
 */
final class DealRowLock {

    private final ActiveObjects ao;
    private final SqlReader sql;
    private volatile SqlDialect dialect;

    DealRowLock(ActiveObjects ao, SqlReader sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /**
     * Learns the database's dialect, once; callers do this before their transaction begins, because finding it
     * out takes a connection of its own.
     */
    DealRowLock ready() {
        if (dialect == null) {
            dialect = sql.dialect();
        }
        return this;
    }

    /** The deal's state row, locked until the transaction ends; null when the deal has none yet. */
    DealEntity lock(long issueId) {
        DealEntity[] rows = lockAll(issueId);
        return rows.length == 0 ? null : rows[0];
    }

    /** The state rows of those of the deals that have one, locked until the transaction ends. */
    DealEntity[] lockAll(Object... issueIds) {
        return ao.findWithSQL(DealEntity.class, Schema.unquoted(ID), statement(issueIds.length).render(ready().dialect),
                issueIds);
    }

    /** The locking read of {@code count} deals' rows, by issue id. */
    static Sql statement(int count) {
        String ids = count == 1 ? "= ?" : "IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
        return new Sql("SELECT d." + ID + " FROM " + DEAL + " d").lockHint()
                .append("WHERE d." + ISSUE_ID + " " + ids).lockClause();
    }
}
