package org.salespipeline.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.salespipeline.demo.DemoDatabase;

/**
 * An AO entity manager over a HikariCP pool, named as Jira's AO names the app's tables: Jira hands out
 * pooled connections, so measuring with a new connection per call would be unfair to every path.
 */
record PooledDatabase(EntityManager entityManager, HikariDataSource dataSource) implements AutoCloseable {

    private static final int POOL_SIZE = 4;

    static PooledDatabase open(String url, String user, String password) {
        return open(url, user, password, POOL_SIZE, "benchmark");
    }

    /** A pool of the given size, named for the threads and log lines it makes. */
    static PooledDatabase open(String url, String user, String password, int poolSize, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName(poolName);
        HikariDataSource pool = new HikariDataSource(config);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
        DatabaseProvider provider = url.startsWith("jdbc:postgresql:") ? new PostgreSQLDatabaseProvider(dataSource, "public")
                : url.startsWith("jdbc:mysql:") ? new MySQLDatabaseProvider(dataSource)
                : new HSQLDatabaseProvider(dataSource);
        return new PooledDatabase(new EntityManager(provider, new Configuration(DemoDatabase.nameConverters())), pool);
    }

    /** AO's HSQLDB provider shuts the in-process database down (so the next phase can open its files); the pool closes. */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    /** What the AO builder would configure, with the converters given. */
    private record Configuration(NameConverters names) implements EntityManagerConfiguration {

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
