package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;

/**
 * Inserts many rows of one entity with Active Objects' batch create, one statement sent many times; on a host
 * whose Active Objects lacks it, row by row, with the same result only slower.
 */
final class RowInserter {

    private final ActiveObjects ao;
    private volatile boolean batchCreateAvailable = true;

    RowInserter(ActiveObjects ao) {
        this.ao = ao;
    }

    <T extends RawEntity<K>, K> void insert(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (batchCreateAvailable) {
            try {
                ao.create(type, rows);
                return;
            } catch (NoSuchMethodError | AbstractMethodError olderActiveObjects) {
                batchCreateAvailable = false;
            }
        }
        for (Map<String, Object> row : rows) {
            // Null columns are left out: they are null by default, and single creates need no typed null.
            ao.create(type, row.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> new DBParam(e.getKey(), e.getValue())).toArray(DBParam[]::new));
        }
    }
}
