package org.salespipeline.jira.provisioning;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.Screen;
import org.salespipeline.provisioning.ScreenPort;

/** The screens a project shows for an issue type, from its issue type screen scheme; fields go on the first tab. */
public class JiraScreens implements ScreenPort {

    private final IssueTypeScreenSchemeManager screenSchemes;
    private final FieldScreenManager fieldScreenManager;
    private final IssueTypeManager issueTypeManager;
    private final ProjectManager projectManager;

    public JiraScreens(IssueTypeScreenSchemeManager screenSchemes, FieldScreenManager fieldScreenManager,
            IssueTypeManager issueTypeManager, ProjectManager projectManager) {
        this.screenSchemes = screenSchemes;
        this.fieldScreenManager = fieldScreenManager;
        this.issueTypeManager = issueTypeManager;
        this.projectManager = projectManager;
    }

    @Override
    public List<Screen> screens(String projectKey, String issueTypeId) {
        Map<Long, Screen> screens = new LinkedHashMap<>();
        for (FieldScreenSchemeItem item : screenSchemes.getIssueTypeScreenScheme(JiraProjects.require(projectManager, projectKey))
                .getEffectiveFieldScreenScheme(issueTypeManager.getIssueType(issueTypeId)).getFieldScreenSchemeItems()) {
            FieldScreen screen = item.getFieldScreen();
            screens.putIfAbsent(screen.getId(), new Screen(String.valueOf(screen.getId()), screen.getName()));
        }
        return List.copyOf(screens.values());
    }

    @Override
    public boolean screenHasField(String screenId, String fieldId) {
        return screen(screenId).getTabs().stream().anyMatch(tab -> tab.getFieldScreenLayoutItem(fieldId) != null);
    }

    @Override
    public void addFieldToScreen(String screenId, String fieldId) {
        screen(screenId).getTab(0).addFieldScreenLayoutItem(fieldId);
    }

    @Override
    public void removeFieldFromScreen(String screenId, String fieldId) {
        screen(screenId).removeFieldScreenLayoutItem(fieldId);
    }

    private FieldScreen screen(String screenId) {
        return fieldScreenManager.getFieldScreens().stream().filter(screen -> String.valueOf(screen.getId()).equals(screenId))
                .findFirst().orElseThrow(() -> new IllegalStateException("Jira has no screen " + screenId));
    }

    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(IssueTypeScreenSchemeManager.class, screenSchemes),
                HostService.of(FieldScreenManager.class, fieldScreenManager),
                HostService.of(IssueTypeManager.class, issueTypeManager),
                HostService.of(ProjectManager.class, projectManager));
    }
}
