package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The system check through the REST API of the demo host, which offers every host service the app refers to. */
class SystemRestIT {

    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("system");


    @Test
    @DisplayName("only Jira admins see the system check: 401 anonymous, 403 for a rep")
    void adminsOnly() {
        assertThat(demo.rest().get(null, "/system").status()).isEqualTo(401);
        RestClient.Answer rep = demo.rest().get("rep", "/system");
        assertThat(rep.status()).isEqualTo(403);
        assertThat(rep.firstError()).contains("administrators");
    }

    @Test
    @DisplayName("every service of the Spring XML is listed, mandatory or optional, and all are present on the demo host")
    void servicesFromTheSpringXml() {
        JsonNode services = demo.rest().get("admin", "/system").json().path("services");

        List<String> names = new ArrayList<>();
        services.forEach(service -> {
            names.add(service.path("name").asText());
            assertThat(service.path("present").asBoolean()).as(service.toString()).isTrue();
        });
        assertThat(names).contains("com.atlassian.activeobjects.external.ActiveObjects",
                "com.atlassian.jira.config.StatusManager", "com.atlassian.jira.issue.changehistory.ChangeHistoryManager");
        assertThat(services).anyMatch(s -> !s.path("mandatory").asBoolean()).anyMatch(s -> s.path("mandatory").asBoolean());
    }

    @Test
    @DisplayName("features, the host API looked up member by member, the database and dialect, reconciliation and events")
    void whatWorksHere() {
        JsonNode report = demo.rest().get("admin", "/system").json();

        List<String> features = new ArrayList<>();
        report.path("features").forEach(feature -> {
            features.add(feature.path("name").asText());
            assertThat(feature.path("available").asBoolean()).as(feature.toString()).isTrue();
            assertThat(feature.path("reason").asText()).isNotBlank();
        });
        assertThat(features).containsExactly("metrics", "recording", "provisioning", "history rebuild", "field history",
                "reconciliation", "BANT score field", "exit-criteria validators", "reason fields");
        assertThat(report.path("hostApi").path("referenced").asInt()).isGreaterThan(100);
        assertThat(report.path("hostApi").path("present").asInt()).isEqualTo(report.path("hostApi").path("referenced").asInt());
        assertThat(report.path("hostApi").path("problems")).isEmpty();
        assertThat(report.path("database").path("product").asText()).contains("HSQL");
        assertThat(report.path("database").path("dialect").asText()).isEqualTo("HSQLDB");
        assertThat(report.path("database").path("schema").asText()).isEqualTo("PUBLIC");
        assertThat(report.path("database").path("isolation").asText()).isNotBlank();
        assertThat(report.path("reconciliation").has("at")).isTrue();
        assertThat(report.path("events").path("since").asText()).isNotBlank();
    }
}
