package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.DemoData;
import org.salespipeline.demo.DemoJira;

/** The one place that decides who may see, edit and configure, over the demo's users and permissions. */
class JiraAccessPolicyTest {

    private final DemoJira jira = new DemoJira(DemoData.defaults(Instant.parse("2026-06-01T00:00:00Z")));
    private final JiraAccessPolicy access = new JiraAccessPolicy(jira.authenticationContext(), jira.permissionManager(),
            jira.globalPermissionManager(), new JiraLookups(jira.projectManager(), jira.issueManager()));

    @Test
    @DisplayName("the admin sees and edits both projects' deals and may configure")
    void admin() {
        jira.runAs(jira.authenticate("admin", "admin"), () -> {
            assertThat(access.currentUser()).contains("admin");
            assertThat(access.canBrowseProject("ACME")).isTrue();
            assertThat(access.canBrowseProject("GLOBEX")).isTrue();
            assertThat(access.canEditDeal("GLOBEX-1")).isTrue();
            assertThat(access.isAdmin()).isTrue();
        });
    }

    @Test
    @DisplayName("the rep sees and edits ACME only, and may not configure")
    void rep() {
        jira.runAs(jira.authenticate("rep", "rep"), () -> {
            assertThat(access.canBrowseProject("ACME")).isTrue();
            assertThat(access.canBrowseProject("GLOBEX")).isFalse();
            assertThat(access.canBrowseDeal("ACME-1")).isTrue();
            assertThat(access.canBrowseDeal("GLOBEX-1")).isFalse();
            assertThat(access.canEditDeal("ACME-1")).isTrue();
            assertThat(access.canEditDeal("GLOBEX-1")).isFalse();
            assertThat(access.dealVisibility().canSee("GLOBEX-2")).isFalse();
            assertThat(access.isAdmin()).isFalse();
        });
    }

    @Test
    @DisplayName("an anonymous request sees, edits and configures nothing; unknown projects and deals are never visible")
    void anonymous() {
        jira.runAs(null, () -> {
            assertThat(access.currentUser()).isEmpty();
            assertThat(access.canBrowseProject("ACME")).isFalse();
            assertThat(access.canBrowseDeal("ACME-1")).isFalse();
            assertThat(access.canEditDeal("ACME-1")).isFalse();
            assertThat(access.isAdmin()).isFalse();
        });
        jira.runAs(jira.authenticate("admin", "admin"), () -> {
            assertThat(access.canBrowseProject("NOWHERE")).isFalse();
            assertThat(access.canBrowseDeal("ACME-99999")).isFalse();
        });
    }
}
