package org.salespipeline.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.pipeline.PipelineTemplate;

/** The deal panel's container, and the conditions that show it only on Deals and the board's link only in projects with a pipeline. */
class DealPanelTest {

    private final PipelineDirectory pipelines = new PipelineDirectory() {
        @Override
        public Optional<PipelineConfig> find(String projectKey) {
            return "ACME".equals(projectKey)
                    ? Optional.of(PipelineConfig.fromTemplate(PipelineTemplate.byId("four-stage"), "ACME", "Acme sales", "USD"))
                    : Optional.empty();
        }

        @Override
        public List<PipelineConfig> all() {
            return List.of();
        }

        @Override
        public void save(PipelineConfig config) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String projectKey) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    @DisplayName("the container names the issue, escaped, for the panel script")
    void containerNamesTheIssue() {
        assertThat(new DealPanel().getHtml(Map.of("issue", issue("ACME-7", "Deal", "ACME"))))
                .isEqualTo("<div class=\"sales-pipeline-deal\" data-issue-key=\"ACME-7\"></div>");
        assertThat(new DealPanel().getHtml(Map.of("issue", issue("A\"><script>x</script>", "Deal", "ACME"))))
                .isEqualTo("<div class=\"sales-pipeline-deal\" data-issue-key=\"A&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"></div>");
        assertThat(new DealPanel().getHtml(Map.of())).isEmpty();
    }

    @Test
    @DisplayName("the panel shows on Deals of projects with a pipeline, and nowhere else")
    void showsOnDealsOnly() {
        DealPanelCondition condition = new DealPanelCondition(pipelines);
        assertThat(condition.shouldDisplay(Map.of("issue", issue("ACME-1", "Deal", "ACME")))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", issue("ACME-2", "Task", "ACME")))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("issue", issue("OPS-1", "Deal", "OPS")))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }

    @Test
    @DisplayName("the board's link shows in the sidebar of projects with a pipeline only, by the same check as the panel")
    void boardLinkOnPipelineProjectsOnly() {
        BoardLinkCondition condition = new BoardLinkCondition(pipelines);
        assertThat(condition.shouldDisplay(Map.of("project", project("ACME")))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("project", project("OPS")))).isFalse();
        assertThat(condition.shouldDisplay(Map.of("project", project(null)))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        assertThat(condition).isInstanceOf(PipelineProjectCondition.class);
        assertThat(new DealPanelCondition(pipelines)).isInstanceOf(PipelineProjectCondition.class);
    }

    private static Project project(String key) {
        return (Project) Proxy.newProxyInstance(Project.class.getClassLoader(), new Class<?>[] {Project.class},
                (proxy, method, args) -> method.getName().equals("getKey") ? key : null);
    }

    private static Issue issue(String key, String type, String projectKey) {
        IssueType issueType = (IssueType) Proxy.newProxyInstance(IssueType.class.getClassLoader(), new Class<?>[] {IssueType.class},
                (proxy, method, args) -> method.getName().equals("getName") ? type : null);
        Project project = (Project) Proxy.newProxyInstance(Project.class.getClassLoader(), new Class<?>[] {Project.class},
                (proxy, method, args) -> method.getName().equals("getKey") ? projectKey : null);
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getKey" -> key;
                    case "getIssueType" -> issueType;
                    case "getProjectObject" -> project;
                    default -> null;
                });
    }
}
