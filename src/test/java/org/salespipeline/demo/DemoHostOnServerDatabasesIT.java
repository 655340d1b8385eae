package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.store.AoNaming;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;
import org.salespipeline.store.db.MariaDbServer;

/**
 * The demo host on an existing database server ({@code --jdbc-url}) answers every metric of every demo pipeline
 * exactly as on its embedded HSQLDB database, for the same {@code --data} and {@code --now}, and again after a
 * restart on the same database, which keeps what the tables hold. The data is the default data's kind (ACME on
 * seven stages, GLOBEX on five) with fewer deals, enough that every metric has something to answer. Without
 * MariaDB installed the MariaDB test skips (fails under {@code -Ddatabase.required=true}).
 */
class DemoHostOnServerDatabasesIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String MARIADB_DATABASE = "demo_host";
    private static final String MARIADB_OTHER_DATABASE = "demo_other";
    private static final String POSTGRES_DATABASE = "demo_host";
    /** A schema that is not on the connection's search path ("$user", public for the user postgres). */
    private static final String POSTGRES_SCHEMA = "demo_sales";

    /** Deals generated for ACME and GLOBEX: a quarter of the default data's, to keep the loads short. */
    private static final int ACME_DEALS = 100;
    private static final int GLOBEX_DEALS = 60;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dataFile;
    private static Map<String, JsonNode> onHsqldb;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("on MariaDB (as MySQL 8), beside another database with the app's tables, every metric of ACME and GLOBEX answers as on HSQLDB, before and after a restart")
    void mariaDb() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        server.recreateDatabase(MARIADB_DATABASE);
        // Another database on the same server already holds the app's tables, as a Jira's database may; the URL is
        // written as a user would, without nullDatabaseMeansCurrent, which the demo adds so that AO sees one database.
        server.recreateDatabase(MARIADB_OTHER_DATABASE);
        EntityManager other = DemoDatabase.open(server.jdbcUrl(MARIADB_OTHER_DATABASE), server.user(), server.password());
        try {
            DemoDatabase.migrate(other, PluginDescriptor.load().aoEntities());
        } finally {
            other.getProvider().dispose();
        }
        String url = server.jdbcUrl(MARIADB_DATABASE).replace("nullDatabaseMeansCurrent=true&", "");
        assertThat(url).doesNotContainIgnoringCase("nullDatabaseMeansCurrent");
        DemoOptions options = new DemoOptions(0, new DemoOptions.JdbcDatabase(url, server.user(), server.password(),
                null), dataFile(), NOW);

        assertSameAnswers("MariaDB", options);

        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(MARIADB_DATABASE),
                server.user(), server.password())) {
            assertThat(appTables(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
                    MARIADB_DATABASE)).contains(AoNaming.table("DEAL"), AoNaming.table("PIPELINE"));
        }
    }

    @Test
    @DisplayName("on PostgreSQL with --jdbc-schema off the search path every metric answers as on HSQLDB, before and after a restart; a schema that is not there is refused")
    void postgresInASchemaOffTheSearchPath() throws Exception {
        var postgres = EmbeddedPostgresJdbc.server();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + POSTGRES_DATABASE);
            statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
        }
        String url = postgres.getJdbcUrl("postgres", POSTGRES_DATABASE);
        try (Connection connection = postgres.getDatabase("postgres", POSTGRES_DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + POSTGRES_SCHEMA);
        }
        assertThatThrownBy(() -> DemoHost.start(new DemoOptions(0,
                new DemoOptions.JdbcDatabase(url, "postgres", "postgres", "DEMO_SALES"), dataFile(), NOW)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The database has no schema DEMO_SALES (it has demo_sales: give the name "
                        + "exactly as the database stores it). Create it first");
        DemoOptions options = new DemoOptions(0,
                new DemoOptions.JdbcDatabase(url, "postgres", "postgres", POSTGRES_SCHEMA), dataFile(), NOW);

        assertSameAnswers("PostgreSQL (schema " + POSTGRES_SCHEMA + ")", options);

        try (Connection connection = postgres.getDatabase("postgres", POSTGRES_DATABASE).getConnection()) {
            String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
            assertThat(appTables(connection, tables, POSTGRES_SCHEMA))
                    .contains(AoNaming.table("DEAL"), AoNaming.table("PIPELINE"));
            assertThat(appTables(connection, tables, "public")).isEmpty();
        }
    }

    /**
     * Starts the host on the database twice and compares its answers each time with HSQLDB's: the first start
     * creates the app's tables and loads --data; a restart without --data finds the tables and the demo's
     * pipelines in them and keeps what they hold, as on HSQLDB. (A restart with --data would replace it, as on
     * HSQLDB; left out to keep the test short.)
     */
    private void assertSameAnswers(String database, DemoOptions options) throws Exception {
        Map<String, JsonNode> expected = onHsqldb();
        Map<String, DemoOptions> runs = new LinkedHashMap<>();
        runs.put("first start", options);
        runs.put("restart without --data", new DemoOptions(0, options.jdbc(), null, NOW));
        for (Map.Entry<String, DemoOptions> run : runs.entrySet()) {
            long started = System.nanoTime();
            Map<String, JsonNode> actual;
            try (DemoHost host = DemoHost.start(run.getValue())) {
                long up = System.nanoTime();
                actual = answers(host);
                System.out.printf("Demo host on %s, %s: up in %d ms, %d answers in %d ms%n", database, run.getKey(),
                        millis(up - started), actual.size(), millis(System.nanoTime() - up));
            }
            assertThat(differences(expected, actual))
                    .as("answers on %s (%s) that differ from HSQLDB's", database, run.getKey()).isEmpty();
        }
    }

    /** The answers on the embedded HSQLDB database, read once for all tests. */
    private synchronized Map<String, JsonNode> onHsqldb() throws Exception {
        if (onHsqldb == null) {
            Path directory = Files.createTempDirectory("demo-hsqldb");
            long started = System.nanoTime();
            try (DemoHost host = DemoHost.start(new DemoOptions(0, directory, dataFile(), NOW))) {
                long up = System.nanoTime();
                Map<String, JsonNode> answers = answers(host);
                System.out.printf("Demo host on HSQLDB: up in %d ms, %d answers in %d ms%n", millis(up - started),
                        answers.size(), millis(System.nanoTime() - up));
                assertEveryMetricHasContent(answers);
                onHsqldb = answers;
            } finally {
                delete(directory);
            }
        }
        return onHsqldb;
    }

    private static synchronized Path dataFile() throws IOException {
        if (dataFile == null) {
            Path file = Files.createTempFile("demo-history", ".json");
            file.toFile().deleteOnExit();
            org.salespipeline.demo.data.HistoryFileWriter.write(DemoData.generate(NOW, ACME_DEALS, GLOBEX_DEALS), file);
            dataFile = file;
        }
        return dataFile;
    }

    /** Equal answers prove something only when there is something in them: each metric has figures or rows. */
    private static void assertEveryMetricHasContent(Map<String, JsonNode> answers) {
        SoftAssertions softly = new SoftAssertions();
        for (String project : List.of("ACME", "GLOBEX")) {
            String at = "/pipelines/" + project;
            softly.assertThat(answers.get(at + "/funnel?from=2024-06-01&to=2026-06-01").path("cohort").asInt())
                    .as("%s funnel cohort", project).isPositive();
            softly.assertThat(answers.get(at + "/funnel?from=2025-06-01&owner=rep").path("cohort").asInt())
                    .as("%s funnel cohort of rep's deals", project).isPositive();
            softly.assertThat(answers.get(at + "/summary").path("totalDeals").asInt())
                    .as("%s open deals", project).isPositive();
            JsonNode velocity = answers.get(at + "/velocity?from=2024-06-01");
            softly.assertThat(velocity.path("won").asInt()).as("%s deals won", project).isPositive();
            softly.assertThat(velocity.path("salesCycleDays").isNumber()).as("%s sales cycle", project).isTrue();
            List<JsonNode> medians = new ArrayList<>();
            answers.get(at + "/time-in-stage?from=2024-06-01").path("stages")
                    .forEach(stage -> medians.add(stage.path("medianDays")));
            softly.assertThat(medians).as("%s median days in stage", project).anyMatch(JsonNode::isNumber);
            softly.assertThat(answers.get(at + "/stalled?limit=500").path("deals")).as("%s stalled deals", project)
                    .isNotEmpty();
            JsonNode outcomes = answers.get(at + "/outcomes?from=2024-06-01");
            softly.assertThat(outcomes.path("lostReasons")).as("%s lost reasons", project).isNotEmpty();
            softly.assertThat(outcomes.path("disqualified").asInt()).as("%s deals disqualified", project).isPositive();
            JsonNode forecast = answers.get(at + "/forecast?from=2025-06-01&to=2027-06-01");
            softly.assertThat(forecast.path("months")).as("%s forecast months", project).isNotEmpty();
            softly.assertThat(forecast.path("slipped")).as("%s slipped deals", project).isNotEmpty();
        }
        softly.assertAll();
    }

    /** Every metric of every pipeline, by default and with explicit periods, instants, owner and limit. */
    private Map<String, JsonNode> answers(DemoHost host) throws IOException, InterruptedException {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        JsonNode pipelines = get(host, "/pipelines");
        answers.put("/pipelines", pipelines);
        List<String> projects = new ArrayList<>();
        pipelines.path("pipelines").forEach(pipeline -> projects.add(pipeline.path("project").asText()));
        assertThat(projects).as("the demo's pipelines").containsExactly("ACME", "GLOBEX");
        for (String project : projects) {
            for (String metric : METRICS) {
                String path = "/pipelines/" + project + metric;
                answers.put(path, get(host, path));
            }
        }
        return answers;
    }

    /** Each metric's query strings: the defaults (relative to --now) and explicit values, also for one owner. */
    private static final List<String> METRICS = List.of(
            "/funnel", "/funnel?from=2024-06-01&to=2026-06-01", "/funnel?from=2025-06-01&owner=rep",
            "/summary", "/summary?at=2025-09-15T12:00:00Z", "/summary?owner=rep",
            "/velocity", "/velocity?from=2024-06-01", "/velocity?from=2025-06-01&owner=rep",
            "/time-in-stage", "/time-in-stage?from=2024-06-01", "/time-in-stage?from=2025-06-01&owner=rep",
            "/stalled", "/stalled?limit=500", "/stalled?at=2025-09-15T12:00:00Z&limit=500", "/stalled?owner=rep&limit=500",
            "/outcomes", "/outcomes?from=2024-06-01", "/outcomes?from=2025-06-01&owner=rep",
            "/forecast", "/forecast?from=2025-06-01&to=2027-06-01", "/forecast?from=2026-01-01&to=2027-01-01&owner=rep");

    private JsonNode get(DemoHost host, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/rest/sales-pipeline/1.0" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Each path whose answer differs, with both answers. */
    private static List<String> differences(Map<String, JsonNode> expected, Map<String, JsonNode> actual) {
        List<String> differences = new ArrayList<>();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, answer) -> {
            if (!answer.equals(actual.get(path))) {
                differences.add(path + "\n  HSQLDB: " + answer + "\n  here:   " + actual.get(path));
            }
        });
        return differences;
    }

    private static List<String> appTables(Connection connection, String sql, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith(AoNaming.TABLE_PREFIX)) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
