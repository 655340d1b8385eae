package org.salespipeline.jira.provisioning;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.IssueTypePort;

/** Jira's issue types, and the issue type scheme of a project. */
public class JiraIssueTypes implements IssueTypePort {

    private final IssueTypeManager issueTypeManager;
    private final IssueTypeSchemeManager schemeManager;
    private final ProjectManager projectManager;

    public JiraIssueTypes(IssueTypeManager issueTypeManager, IssueTypeSchemeManager schemeManager, ProjectManager projectManager) {
        this.issueTypeManager = issueTypeManager;
        this.schemeManager = schemeManager;
        this.projectManager = projectManager;
    }

    @Override
    public Optional<String> findIssueType(String name) {
        return issueTypeManager.getIssueTypes().stream().filter(type -> type.getName().equalsIgnoreCase(name))
                .map(IssueType::getId).findFirst();
    }

    @Override
    public String createIssueType(String name, String description) {
        return issueTypeManager.createIssueType(name, description, null).getId();
    }

    /** Removes a type that no issue uses yet (provisioning only removes a type it has just created). */
    @Override
    public void deleteIssueType(String issueTypeId) {
        issueTypeManager.removeIssueType(issueTypeId, null);
    }

    @Override
    public boolean projectHasIssueType(String projectKey, String issueTypeId) {
        return typeIds(JiraProjects.require(projectManager, projectKey)).contains(issueTypeId);
    }

    @Override
    public void addIssueTypeToProject(String projectKey, String issueTypeId) {
        Project project = JiraProjects.require(projectManager, projectKey);
        Set<String> ids = typeIds(project);
        ids.add(issueTypeId);
        schemeManager.update(schemeManager.getConfigScheme(project), ids);
    }

    @Override
    public void removeIssueTypeFromProject(String projectKey, String issueTypeId) {
        Project project = JiraProjects.require(projectManager, projectKey);
        Set<String> ids = typeIds(project);
        ids.remove(issueTypeId);
        schemeManager.update(schemeManager.getConfigScheme(project), ids);
    }

    private Set<String> typeIds(Project project) {
        Set<String> ids = new LinkedHashSet<>();
        schemeManager.getIssueTypesForProject(project).forEach(type -> ids.add(type.getId()));
        return ids;
    }

    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(IssueTypeManager.class, issueTypeManager),
                HostService.of(IssueTypeSchemeManager.class, schemeManager),
                HostService.of(ProjectManager.class, projectManager));
    }
}
