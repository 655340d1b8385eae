package org.salespipeline.store.db;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;
import org.salespipeline.store.AoNaming;

/** Atlassian's table name converter with this app's AO prefix, in the no-argument form the AO test runner needs. */
public final class AppTableNames implements TableNameConverter {

    private final TableNameConverter delegate =
            new AtlassianTableNameConverter(name -> AoNaming.TABLE_PREFIX + "_" + name);

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return delegate.getName(entity);
    }
}
