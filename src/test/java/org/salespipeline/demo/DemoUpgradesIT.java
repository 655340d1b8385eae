package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.store.DealEntity;

/**
 * The demo host on a store an earlier release wrote, which kept owners by user name: at start the store's upgrade
 * step turns them into the demo users' keys, keeps the name of the user who has left, and the owner parameter finds
 * both.
 */
class DemoUpgradesIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @DisplayName("a store holding user names comes up holding user keys, a former user's name kept, and a restart changes nothing")
    void userNamesBecomeKeysAtStart(@TempDir Path database) throws Exception {
        Map<String, String> names = new HashMap<>();
        for (String username : DealGenerator.ownersStartingWith(DemoJira.ADMIN, DemoJira.REP)) {
            names.put(DemoJira.keyOf(username), username);
        }
        List<String> keysAtFirst;
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, null, NOW))) {
            keysAtFirst = owners(host);
            assertThat(keysAtFirst).contains(DemoJira.REP_KEY, DemoJira.keyOf(DemoJira.FORMER)).doesNotContain(DemoJira.REP);
            assertThat(DemoUpgrades.stored(entityManagerOf(host)).toString()).isEqualTo("1");
            // The store as the earlier release left it: owners by user name, no model version.
            ActiveObjects ao = host.app().getBean(ActiveObjects.class);
            for (DealEntity row : ao.find(DealEntity.class, "OWNER IS NOT NULL")) {
                row.setOwner(names.get(row.getOwner()));
                row.save();
            }
            try (Connection connection = entityManagerOf(host).getProvider().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + DemoUpgrades.TABLE);
            }
            assertThat(owners(host)).contains(DemoJira.REP, DemoJira.FORMER).doesNotContain(DemoJira.REP_KEY);
        }

        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, null, NOW))) {
            List<String> expected = keysAtFirst.stream()
                    .map(key -> key.equals(DemoJira.keyOf(DemoJira.FORMER)) ? DemoJira.FORMER : key).sorted().toList();
            assertThat(owners(host)).as("every owner Jira knows by key; the one who left by the name they had")
                    .isEqualTo(expected);
            assertThat(status(host, "owner=rep")).isEqualTo(200);
            assertThat(status(host, "owner=" + DemoJira.REP_KEY)).isEqualTo(200);
            assertThat(status(host, "owner=" + DemoJira.FORMER)).as("the former user, by the name the store kept").isEqualTo(200);
            assertThat(status(host, "owner=nobody")).isEqualTo(400);
        }

        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, null, NOW))) {
            assertThat(owners(host)).as("the step runs once").contains(DemoJira.FORMER, DemoJira.REP_KEY);
        }
    }

    private static List<String> owners(DemoHost host) {
        Pipeline acme = host.app().getBean(PipelineDirectory.class).find("ACME").orElseThrow().pipeline();
        return host.app().getBean(PipelineMetrics.class).owners(acme);
    }

    private static net.java.ao.EntityManager entityManagerOf(DemoHost host) {
        return ((EntityManagerActiveObjects) host.app().getBean(ActiveObjects.class)).entityManager();
    }

    private static int status(DemoHost host, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl()
                + "/rest/sales-pipeline/1.0/pipelines/ACME/summary?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
