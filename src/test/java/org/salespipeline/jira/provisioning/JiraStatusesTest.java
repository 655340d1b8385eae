package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.HostService;
import org.salespipeline.text.EnglishTexts;

/** The statuses adapter: what it asks Jira's StatusManager, in which order, and what a missing method does. */
class JiraStatusesTest {

    private final Recording jira = new Recording();
    private final StatusCategory done = Recording.value(StatusCategory.class, Map.of("getKey", "done"));

    @Test
    @DisplayName("a status is found by name whatever its letter case, among all of Jira's statuses")
    void findsByNameIgnoringCase() {
        jira.answer("StatusManager.getStatuses", args -> List.of(status("1", "Open"), status("10001", "Closed Won")));
        JiraStatuses statuses = new JiraStatuses(jira.fake(StatusManager.class), jira.fake(StatusCategoryManager.class));

        assertThat(statuses.findStatus("ACME", "closed won")).contains("10001");
        assertThat(statuses.findStatus("ACME", "Negotiation")).isEmpty();
        assertThat(jira.calls).containsExactly("StatusManager.getStatuses()", "StatusManager.getStatuses()");
    }

    @Test
    @DisplayName("creating looks the category up by its key first, then creates the status with it; undoing removes it by id")
    void createsWithCategoryThenRemoves() {
        jira.answer("StatusCategoryManager.getStatusCategoryByKey", args -> done)
                .answer("StatusManager.createStatus", args -> status("10002", (String) args[0]));
        JiraStatuses statuses = new JiraStatuses(jira.fake(StatusManager.class), jira.fake(StatusCategoryManager.class));

        String id = statuses.createStatus("ACME", "Closed Lost", org.salespipeline.provisioning.StatusCategory.DONE);
        statuses.deleteStatus("ACME", id);

        assertThat(id).isEqualTo("10002");
        assertThat(jira.calls).containsExactly(
                "StatusCategoryManager.getStatusCategoryByKey(done)",
                "StatusManager.createStatus(Closed Lost, A stage or outcome of the sales pipeline., "
                        + JiraStatuses.ICON + ", " + done + ")",
                "StatusManager.removeStatus(10002)");
    }

    @Test
    @DisplayName("a method this Jira lacks reaches provisioning as the LinkageError it is, which names it for the admin")
    void missingMethodIsNamed() {
        jira.answer("StatusCategoryManager.getStatusCategoryByKey", args -> done)
                .answer("StatusManager.createStatus", args -> {
                    throw new NoSuchMethodError("'com.atlassian.jira.issue.status.Status com.atlassian.jira.config"
                            + ".StatusManager.createStatus(java.lang.String, java.lang.String, java.lang.String, "
                            + "com.atlassian.jira.issue.status.category.StatusCategory)'");
                });
        JiraStatuses statuses = new JiraStatuses(jira.fake(StatusManager.class), jira.fake(StatusCategoryManager.class));

        assertThatThrownBy(() -> statuses.createStatus("ACME", "Proposal", org.salespipeline.provisioning.StatusCategory.IN_PROGRESS))
                .isInstanceOf(NoSuchMethodError.class)
                .satisfies(failure -> assertThat(EnglishTexts.INSTANCE.text(HostService.describe(failure))).contains("StatusManager.createStatus"));
    }

    @Test
    @DisplayName("with both services there, nothing is reported missing")
    void bothServicesOffered() {
        assertThat(new JiraStatuses(jira.fake(StatusManager.class), jira.fake(StatusCategoryManager.class)).unavailable())
                .isEmpty();
        assertThat(new JiraStatuses(null, jira.fake(StatusCategoryManager.class)).unavailable())
                .containsExactly(StatusManager.class.getName());
    }

    private static Status status(String id, String name) {
        return Recording.value(Status.class, Map.of("getId", id, "getName", name));
    }
}
