package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo host's command line: an embedded HSQLDB directory or an existing database server, and what goes with each. */
class DemoOptionsTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example:5432/sales";
    private static final String MYSQL = "jdbc:mysql://db.example:3306/sales";

    @Test
    @DisplayName("without options the demo runs on HSQLDB in target/demo-db, on port 8080, on the real clock")
    void defaults() {
        DemoOptions options = DemoOptions.parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.databaseDirectory()).isEqualTo(Path.of("target", "demo-db"));
        assertThat(options.jdbc()).isNull();
        assertThat(options.dataFile()).isNull();
        assertThat(options.now()).isNull();
    }

    @Test
    @DisplayName("--jdbc-url, --jdbc-user, --jdbc-password and --jdbc-schema choose an existing PostgreSQL database")
    void postgres() {
        DemoOptions options = DemoOptions.parse("--jdbc-url", POSTGRES, "--jdbc-user", "jira", "--jdbc-password",
                "--secret", "--jdbc-schema", "sales_app", "--data", "history.json", "--now", "2026-06-01T00:00:00Z");

        assertThat(options.databaseDirectory()).isNull();
        assertThat(options.jdbc()).isEqualTo(new DemoOptions.JdbcDatabase(POSTGRES, "jira", "--secret", "sales_app"));
        assertThat(options.dataFile()).isEqualTo(Path.of("history.json"));
        assertThat(options.now()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(options.jdbc().toString()).doesNotContain("secret");
    }

    @Test
    @DisplayName("a MySQL URL needs no schema, and the password may be left out")
    void mysql() {
        DemoOptions.JdbcDatabase jdbc = DemoOptions.parse("--jdbc-url", MYSQL, "--jdbc-user", "jira").jdbc();

        assertThat(jdbc.isMySql()).isTrue();
        assertThat(jdbc.password()).isEmpty();
        assertThat(jdbc.schema()).isNull();
    }

    @Test
    @DisplayName("--jdbc-user, --jdbc-password and --jdbc-schema without --jdbc-url are refused, naming the option")
    void jdbcPartsNeedTheUrl() {
        for (String option : new String[] {"--jdbc-user", "--jdbc-password", "--jdbc-schema"}) {
            assertThatThrownBy(() -> DemoOptions.parse(option, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(option + " needs --jdbc-url")
                    .hasMessageContaining(DemoOptions.USAGE);
        }
    }

    @Test
    @DisplayName("--db together with --jdbc-url is refused: the demo runs on one database")
    void dbOrJdbcUrl() {
        assertThatThrownBy(() -> DemoOptions.parse("--db", "/tmp/db", "--jdbc-url", POSTGRES, "--jdbc-user", "jira"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--db and --jdbc-url are alternatives");
        assertThatThrownBy(() -> new DemoOptions(0, Path.of("db"), null, null,
                new DemoOptions.JdbcDatabase(POSTGRES, "jira", "", null)))
                .hasMessageStartingWith("--db and --jdbc-url are alternatives");
    }

    @Test
    @DisplayName("--jdbc-url needs --jdbc-user, and a value that is not another option")
    void urlNeedsUser() {
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", POSTGRES))
                .hasMessageStartingWith("--jdbc-url needs --jdbc-user");
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", "--jdbc-user", "jira"))
                .hasMessageStartingWith("--jdbc-url needs a value");
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", POSTGRES, "--jdbc-user"))
                .hasMessageStartingWith("--jdbc-user needs a value");
    }

    @Test
    @DisplayName("--jdbc-schema on MySQL is refused: the URL's database is where the tables go")
    void noSchemaOnMySql() {
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", MYSQL, "--jdbc-user", "jira", "--jdbc-schema", "x"))
                .hasMessageStartingWith("--jdbc-schema is for PostgreSQL");
    }

    @Test
    @DisplayName("only PostgreSQL and MySQL URLs are taken; a jdbc:mariadb: URL is told to use jdbc:mysql:")
    void supportedUrls() {
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", "jdbc:sqlserver://db:1433", "--jdbc-user", "sa"))
                .hasMessageStartingWith("The demo runs on PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) or MySQL");
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc-url", "jdbc:mariadb://db:3306/sales", "--jdbc-user", "jira"))
                .hasMessageContaining("jdbc:mysql://db:3306/sales");
    }

    @Test
    @DisplayName("the usage names every option")
    void usage() {
        assertThat(DemoOptions.USAGE).contains("--port", "--db", "--data", "--now", "--jdbc-url", "--jdbc-user",
                "--jdbc-password", "--jdbc-schema");
        assertThatThrownBy(() -> DemoOptions.parse("--jdbc")).hasMessage("Unknown option --jdbc. " + DemoOptions.USAGE);
    }

    @Test
    @DisplayName("a port out of range or not a number is refused")
    void port() {
        assertThat(DemoOptions.parse("--port", "0").port()).isZero();
        assertThatThrownBy(() -> DemoOptions.parse("--port", "http")).hasMessageStartingWith("--port needs a port number");
        assertThatThrownBy(() -> DemoOptions.parse("--port", "70000")).hasMessageStartingWith("--port needs a port number");
    }
}
