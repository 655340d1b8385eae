package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.DemoJira;
import org.salespipeline.provisioning.DealFieldSpecs;

/** Provisioning a pipeline from a template through the REST API, in the demo demo.host(). */
class PipelineProvisionRestIT {

    private static final String JSON = "application/json";
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("provision");


    @Test
    @DisplayName("an admin provisions INITECH from a template; its pipeline then has the template's stages, and a second run changes nothing")
    void provisionsThenReuses() {
        RestClient.Answer first = demo.rest().post("admin", "/pipelines/INITECH/setup", JSON, "{\"template\":\"five-stage\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("project").asText()).isEqualTo("INITECH");
        assertThat(first.json().path("template").asText()).isEqualTo("five-stage");
        assertThat(first.json().path("provisioned").asBoolean()).isTrue();
        assertThat(first.json().path("rebuildStarted").asBoolean()).isTrue();
        assertThat(steps(first, "status", "created")).hasSize(8);
        assertThat(steps(first, "workflow", "created")).containsExactly("INITECH sales workflow");
        assertThat(steps(first, "field", "reused")).as("the demo's deal fields exist, with a context for every project")
                .hasSize(DealFieldSpecs.all().size());
        first.json().path("steps").forEach(step -> assertThat(step.path("adminPage").asText()).as(step.toString())
                .matches("/(secure/admin/|plugins/servlet/project-config/INITECH/).+"));
        assertThat(steps(first, "status")).containsExactly("Prospecting", "Qualification", "Initial Contact", "Proposal",
                "Closing", "Closed Won", "Closed Lost", "Disqualified");
        assertThat(demo.host().jira().statuses("INITECH")).extracting(DemoJira.DemoStatus::name)
                .contains("Lead", "Prospecting", "Closed Won");

        RestClient.Answer pipeline = demo.rest().get("admin", "/pipelines/INITECH");
        assertThat(pipeline.status()).isEqualTo(200);
        List<String> stages = new ArrayList<>();
        pipeline.json().path("stages").forEach(stage -> stages.add(stage.path("key").asText()));
        assertThat(stages).containsExactly("PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT", "PROPOSAL", "CLOSING");

        RestClient.Answer second = demo.rest().post("admin", "/pipelines/INITECH/setup", JSON, "{\"template\":\"five-stage\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("provisioned").asBoolean()).isTrue();
        assertThat(actions(second)).containsOnly("reused");
        assertThat(names(second)).containsAll(names(first));
        assertThat(demo.rest().get("admin", "/pipelines/INITECH").json()).isEqualTo(pipeline.json());
    }

    @Test
    @DisplayName("provisioning a project whose pipeline another template made is refused (409) naming what would change, nothing touched")
    void replacingAPipelineAsksFirst() {
        List<DemoJira.DemoStatus> statusesBefore = demo.host().jira().statuses("ACME");
        PipelineConfig before = demo.host().app().getBean(PipelineDirectory.class).find("ACME").orElseThrow();

        RestClient.Answer answer = demo.rest().post("admin", "/pipelines/ACME/setup", JSON, "{\"template\":\"four-stage\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("confirmWith")).extracting(JsonNode::asText).containsExactly("replace");
        List<String> messages = new ArrayList<>();
        answer.json().path("errors").forEach(error -> messages.add(error.path("message").asText()));
        assertThat(messages).anySatisfy(message -> assertThat(message).contains("Initial Contact", "derived again"));
        assertThat(messages).anySatisfy(message -> assertThat(message).contains("workflow scheme"));
        assertThat(demo.host().jira().statuses("ACME")).isEqualTo(statusesBefore);
        PipelineConfig after = demo.host().app().getBean(PipelineDirectory.class).find("ACME").orElseThrow();
        assertThat(after.pipeline()).isEqualTo(before.pipeline());
        assertThat(after.mapping()).isEqualTo(before.mapping());
    }

    @Test
    @DisplayName("when a step is unavailable, the answer hands over the workflow XML and Jira and the set-up stay as they were")
    void failSoftHandsOverXml() throws Exception {
        List<DemoJira.DemoStatus> statusesBefore = demo.host().jira().statuses("GLOBEX");
        JsonNode pipelineBefore = demo.rest().get("admin", "/pipelines/GLOBEX").json();
        demo.host().provisioning().failOn("workflow", new NoClassDefFoundError("com/atlassian/jira/workflow/ConfigurableJiraWorkflow"));

        RestClient.Answer answer = demo.rest().post("admin", "/pipelines/GLOBEX/setup", JSON,
                "{\"template\":\"seven-stage\",\"name\":\"Globex deals\",\"currency\":\"eur\",\"replace\":true}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("provisioned").asBoolean()).isFalse();
        assertThat(json.path("failedStep").asText()).isEqualTo("workflow");
        assertThat(json.path("rebuildStarted").asBoolean()).isFalse();
        assertThat(json.path("message").asText()).contains("workflow step", "ConfigurableJiraWorkflow", "Import from XML",
                "/pipelines/GLOBEX/mapping");
        assertThat(json.path("workflowName").asText()).isEqualTo("Globex deals workflow");
        assertThat(actions(answer)).contains("undone").doesNotContain("created");
        assertThat(load(json.path("workflowXml").asText()).getSteps()).hasSize(10);
        assertThat(demo.host().jira().statuses("GLOBEX")).isEqualTo(statusesBefore);
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX").json()).isEqualTo(pipelineBefore);
    }

    @Test
    @DisplayName("a bad template, name or currency gets 400 with every field named")
    void badInput() {
        RestClient.Answer answer = demo.rest().post("admin", "/pipelines/INITECH/setup", JSON,
                "{\"template\":\"three-stage\",\"name\":\"" + "x".repeat(81) + "\",\"currency\":\"EURO\"}");

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactly("template", "name", "currency");
    }

    @Test
    @DisplayName("anonymous gets 401, a rep 403, a project out of reach or unknown 404, a form body 415")
    void access() {
        String body = "{\"template\":\"five-stage\"}";
        assertThat(demo.rest().post(null, "/pipelines/ACME/setup", JSON, body).status()).isEqualTo(401);
        assertThat(demo.rest().post("rep", "/pipelines/ACME/setup", JSON, body).status()).isEqualTo(403);
        assertThat(demo.rest().post("rep", "/pipelines/INITECH/setup", JSON, body).status()).isEqualTo(404);
        assertThat(demo.rest().post("admin", "/pipelines/NOWHERE/setup", JSON, body).status()).isEqualTo(404);
        assertThat(demo.rest().post("admin", "/pipelines/INITECH/setup", "application/x-www-form-urlencoded", "template=five-stage")
                .status()).isEqualTo(415);
        assertThat(demo.rest().download("rep", "/pipelines/ACME/setup/workflow.xml?template=five-stage").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("admins download the workflow XML as a file for Jira's Import from XML")
    void downloadsWorkflowXml() throws Exception {
        HttpResponse<String> download = demo.rest().download("admin",
                "/pipelines/INITECH/setup/workflow.xml?template=four-stage&name=Initech%20deals");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"Initech deals workflow.xml\"");
        WorkflowDescriptor workflow = load(download.body());
        assertThat(workflow.getSteps()).hasSize(7);
        assertThat(demo.rest().download("admin", "/pipelines/INITECH/setup/workflow.xml?template=nine-stage").statusCode()).isEqualTo(400);
    }

    private static List<String> actions(RestClient.Answer answer) {
        List<String> actions = new ArrayList<>();
        answer.json().path("steps").forEach(step -> actions.add(step.path("action").asText()));
        return actions;
    }

    private static List<String> names(RestClient.Answer answer) {
        List<String> names = new ArrayList<>();
        answer.json().path("steps").forEach(step -> names.add(step.path("kind").asText() + ":" + step.path("name").asText()));
        return names;
    }

    private static List<String> steps(RestClient.Answer answer, String kind, String action) {
        List<String> names = new ArrayList<>();
        answer.json().path("steps").forEach(step -> {
            if (kind.equals(step.path("kind").asText()) && action.equals(step.path("action").asText())) {
                names.add(step.path("name").asText());
            }
        });
        return names;
    }

    private static List<String> steps(RestClient.Answer answer, String kind) {
        List<String> names = new ArrayList<>();
        answer.json().path("steps").forEach(step -> {
            if (kind.equals(step.path("kind").asText())) {
                names.add(step.path("name").asText());
            }
        });
        return names;
    }

    private static WorkflowDescriptor load(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        WorkflowDescriptor workflow = new WorkflowDescriptor(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
        workflow.validate();
        return workflow;
    }
}
