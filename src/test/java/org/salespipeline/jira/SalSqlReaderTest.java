package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerExecutorFactory;

/**
 * The schema SAL's executor is configured with, read by name: SAL's option types differ between versions (Fugue's
 * {@code Option} with {@code getOrNull()}, or {@code java.util.Optional}), and older executors have no such method.
 */
public class SalSqlReaderTest {

    @Test
    @DisplayName("an option with getOrNull(), as Fugue's, gives its schema")
    void fugueOption() {
        assertThat(SalSqlReader.schemaName(new FugueExecutor(new FugueLikeOption("jira_sales")))).isEqualTo("jira_sales");
    }

    @Test
    @DisplayName("a java.util.Optional gives its schema")
    void javaOptional() {
        assertThat(SalSqlReader.schemaName(new OptionalExecutor(Optional.of("jira_sales")))).isEqualTo("jira_sales");
    }

    @Test
    @DisplayName("an empty option, an empty Optional, a blank name or no option at all give null")
    void emptyOption() {
        assertThat(SalSqlReader.schemaName(new FugueExecutor(new FugueLikeOption(null)))).isNull();
        assertThat(SalSqlReader.schemaName(new OptionalExecutor(Optional.empty()))).isNull();
        assertThat(SalSqlReader.schemaName(new OptionalExecutor(Optional.of(" ")))).isNull();
        assertThat(SalSqlReader.schemaName(new FugueExecutor(null))).isNull();
    }

    @Test
    @DisplayName("an executor without getSchemaName() gives null")
    void noSuchMethod() {
        assertThat(SalSqlReader.schemaName(new PlainExecutor())).isNull();
        assertThat(SalSqlReader.schemaName(new Object())).isNull();
    }

    @Test
    @DisplayName("the demo host's executor reports the schema its entity manager was built with, and none without one")
    void demoExecutor() {
        EntityManager withSchema = DemoDatabase.open("jdbc:hsqldb:mem:sal-schema", "SA", "", "PUBLIC");
        EntityManager withoutSchema = DemoDatabase.open("jdbc:hsqldb:mem:sal-no-schema", "SA", "", null);
        try {
            assertThat(SalSqlReader.schemaName(new EntityManagerExecutorFactory(withSchema).createExecutor(true, false)))
                    .isEqualTo("PUBLIC");
            assertThat(SalSqlReader.schemaName(new EntityManagerExecutorFactory(withoutSchema).createExecutor(true, false)))
                    .isNull();
        } finally {
            withSchema.getProvider().dispose();
            withoutSchema.getProvider().dispose();
        }
    }

    /** An option type shaped as Fugue's: {@code getOrNull()} gives the value or null. */
    public static final class FugueLikeOption {
        private final String value;

        public FugueLikeOption(String value) {
            this.value = value;
        }

        public String getOrNull() {
            return value;
        }
    }

    /** A SAL executor of the versions whose {@code getSchemaName()} answers a Fugue option. */
    public static final class FugueExecutor extends PlainExecutor {
        private final FugueLikeOption schema;

        public FugueExecutor(FugueLikeOption schema) {
            this.schema = schema;
        }

        public FugueLikeOption getSchemaName() {
            return schema;
        }
    }

    /** A SAL executor of the versions whose {@code getSchemaName()} answers a {@link java.util.Optional}. */
    public static final class OptionalExecutor extends PlainExecutor {
        private final Optional<String> schema;

        public OptionalExecutor(Optional<String> schema) {
            this.schema = schema;
        }

        public Optional<String> getSchemaName() {
            return schema;
        }
    }

    /** A SAL executor that does not say which schema it has. */
    public static class PlainExecutor implements TransactionalExecutor {
        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            throw new UnsupportedOperationException("not needed to read the schema");
        }
    }
}
