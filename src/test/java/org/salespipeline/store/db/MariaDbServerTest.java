package org.salespipeline.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The MariaDB test server behaves as Jira's MySQL 8 does where it matters to the app's SQL. */
class MariaDbServerTest {

    private static final String DATABASE = "server_test";

    private MariaDbServer server;

    @BeforeEach
    void startServer() {
        server = MariaDbServer.get();
    }

    @Test
    @DisplayName("runs with MySQL 8's default sql_mode, globally and in each session")
    void sqlModeIsMySql8Default() throws SQLException {
        assertThat(single("SELECT @@GLOBAL.sql_mode")).isEqualTo(MariaDbServer.SQL_MODE);
        assertThat(single("SELECT @@SESSION.sql_mode")).isEqualTo(MariaDbServer.SQL_MODE);
    }

    @Test
    @DisplayName("stores text as utf8mb4 with binary collation, also in databases the driver creates")
    void collationIsUtf8mb4Binary() throws SQLException {
        assertThat(single("SELECT @@character_set_server")).isEqualTo("utf8mb4");
        assertThat(single("SELECT @@collation_server")).isEqualTo("utf8mb4_bin");
        assertThat(single("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"))
                .isEqualTo("utf8mb4_bin");
    }

    @Test
    @DisplayName("isolates transactions at READ COMMITTED, as Jira recommends for MySQL")
    void readCommitted() throws SQLException {
        // MariaDB before 11.1 names the variable tx_isolation; MySQL 8 calls it transaction_isolation.
        assertThat(single("SELECT @@GLOBAL.tx_isolation")).isEqualTo("READ-COMMITTED");
        assertThat(single("SELECT @@SESSION.tx_isolation")).isEqualTo("READ-COMMITTED");
        try (Connection connection = connect()) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    @DisplayName("syncs each commit, takes at least 200 connections and listens on 127.0.0.1 only")
    void durableAndLocal() throws SQLException {
        assertThat(single("SELECT @@innodb_flush_log_at_trx_commit")).isEqualTo("1");
        assertThat(Integer.parseInt(single("SELECT @@max_connections"))).isGreaterThanOrEqualTo(200);
        assertThat(single("SELECT @@bind_address")).isEqualTo("127.0.0.1");
        assertThat(single("SELECT @@port")).isEqualTo(String.valueOf(server.port()));
    }

    @Test
    @DisplayName("reads double quotes as a string, not an identifier (no ANSI_QUOTES)")
    void doubleQuotesAreStrings() throws SQLException {
        assertThat(single("SELECT \"x\"")).isEqualTo("x");
    }

    @Test
    @DisplayName("refuses OFFSET … FETCH in the driver, naming the statement, since MySQL 8 has no such clause")
    void offsetFetchIsRefused() throws SQLException {
        String sql = "SELECT 1 FROM DUAL ORDER BY 1 OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery(sql))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessage("MySQL 8 has no OFFSET … FETCH: " + sql);
        }
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT ? FROM DUAL ORDER BY 1 OFFSET 0 ROWS fetch first 1 row only")) {
            statement.setString(1, "a");
            assertThatThrownBy(statement::executeQuery).hasMessageStartingWith("MySQL 8 has no OFFSET … FETCH: ");
        }
    }

    @Test
    @DisplayName("pages with LIMIT … OFFSET, and lets the word fetch through inside a value")
    void limitOffsetWorks() throws SQLException {
        assertThat(single("SELECT 'first' FROM DUAL ORDER BY 1 LIMIT 1 OFFSET 0")).isEqualTo("first");
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT ? FROM DUAL LIMIT 1 OFFSET 0")) {
            statement.setString(1, "Fetch Ltd");
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Fetch Ltd");
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DATABASE), server.user(), server.password());
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getString(1);
        }
    }
}
