package org.salespipeline.store;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;
import org.salespipeline.store.db.AppTableNames;

/**
 * A guarantee of the store, run by Active Objects' test runner with the names Jira's AO gives the app's tables;
 * each database it holds on is a subclass that names the database with {@code @Jdbc}.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class, trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class, unique = AtlassianUniqueNameConverter.class)
public abstract class StoreContract {

    /** Set by the runner to an entity manager on the subclass's database. */
    protected EntityManager entityManager;
}
