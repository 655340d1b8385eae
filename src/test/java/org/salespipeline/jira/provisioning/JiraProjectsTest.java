package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The project a provisioning step is about, by its current key. */
class JiraProjectsTest {

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));

    @Test
    @DisplayName("a project is looked up by its current key, once")
    void byCurrentKey() {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> acme);

        assertThat(JiraProjects.require(jira.fake(ProjectManager.class), "ACME")).isSameAs(acme);
        assertThat(jira.calls).containsExactly("ProjectManager.getProjectByCurrentKey(ACME)");
    }

    @Test
    @DisplayName("a key Jira does not know fails the step that asked, naming the key")
    void unknownKey() {
        assertThatThrownBy(() -> JiraProjects.require(jira.fake(ProjectManager.class), "NOPE"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Jira has no project NOPE");
    }
}
