package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenLayoutItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.provisioning.Screen;

/** The screens adapter: the Deal type's screens through the project's schemes, and fields on their first tab. */
class JiraScreensTest {

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));
    private final IssueType deal = Recording.value(IssueType.class, Map.of("getId", "10100", "getName", "Deal"));

    @Test
    @DisplayName("the Deal type's screens come from the project's issue type screen scheme, each screen once")
    void screensOfTheDealType() {
        FieldScreen create = jira.fake(FieldScreen.class);
        FieldScreen view = jira.fake(FieldScreen.class);
        jira.answer("FieldScreen.getId", args -> 1L).answer("FieldScreen.getName", args -> "Deal screen");
        FieldScreenSchemeItem createItem = Recording.value(FieldScreenSchemeItem.class, Map.of("getFieldScreen", create));
        FieldScreenSchemeItem viewItem = Recording.value(FieldScreenSchemeItem.class, Map.of("getFieldScreen", view));
        FieldScreenScheme scheme = Recording.value(FieldScreenScheme.class,
                Map.of("getFieldScreenSchemeItems", List.of(createItem, viewItem)));
        IssueTypeScreenScheme typeScheme = Recording.value(IssueTypeScreenScheme.class,
                Map.of("getEffectiveFieldScreenScheme", scheme));
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> acme)
                .answer("IssueTypeScreenSchemeManager.getIssueTypeScreenScheme", args -> typeScheme)
                .answer("IssueTypeManager.getIssueType", args -> deal);

        List<Screen> screens = screens().screens("ACME", "10100");

        assertThat(screens).containsExactly(new Screen("1", "Deal screen"));
        assertThat(jira.calls).startsWith("ProjectManager.getProjectByCurrentKey(ACME)",
                "IssueTypeScreenSchemeManager.getIssueTypeScreenScheme(" + acme + ")", "IssueTypeManager.getIssueType(10100)");
    }

    @Test
    @DisplayName("a field goes on the screen's first tab; undoing takes it off the whole screen; a field on any tab counts")
    void fieldsOnTheFirstTab() {
        FieldScreenTab first = jira.fake(FieldScreenTab.class);
        FieldScreen screen = jira.fake(FieldScreen.class);
        jira.answer("FieldScreenManager.getFieldScreens", args -> List.of(screen))
                .answer("FieldScreen.getId", args -> 7L)
                .answer("FieldScreen.getTab", args -> first)
                .answer("FieldScreen.getTabs", args -> List.of(first))
                .answer("FieldScreenTab.getFieldScreenLayoutItem",
                        args -> "customfield_10200".equals(args[0]) ? Recording.value(FieldScreenLayoutItem.class, Map.of()) : null);
        JiraScreens screens = screens();

        assertThat(screens.screenHasField("7", "customfield_10201")).isFalse();
        screens.addFieldToScreen("7", "customfield_10201");
        screens.removeFieldFromScreen("7", "customfield_10201");
        assertThat(screens.screenHasField("7", "customfield_10200")).isTrue();

        assertThat(jira.calls).contains("FieldScreen.getTab(0)", "FieldScreenTab.addFieldScreenLayoutItem(customfield_10201)",
                "FieldScreen.removeFieldScreenLayoutItem(customfield_10201)");
        assertThat(jira.calls.indexOf("FieldScreenTab.addFieldScreenLayoutItem(customfield_10201)"))
                .isLessThan(jira.calls.indexOf("FieldScreen.removeFieldScreenLayoutItem(customfield_10201)"));
    }

    @Test
    @DisplayName("a screen Jira does not have is named in the failure")
    void unknownScreen() {
        jira.answer("FieldScreenManager.getFieldScreens", args -> List.of());

        assertThatThrownBy(() -> screens().addFieldToScreen("99", "customfield_1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Jira has no screen 99");
    }

    private JiraScreens screens() {
        return new JiraScreens(jira.fake(IssueTypeScreenSchemeManager.class), jira.fake(FieldScreenManager.class),
                jira.fake(IssueTypeManager.class), jira.fake(ProjectManager.class));
    }
}
