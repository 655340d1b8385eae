package org.salespipeline.jira.provisioning;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import java.util.List;
import java.util.Optional;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.StatusCategory;
import org.salespipeline.provisioning.StatusPort;

/** Jira's statuses through its StatusManager; statuses are shared by all projects. */
public class JiraStatuses implements StatusPort {

    static final String ICON = "/images/icons/statuses/generic.png";

    private final StatusManager statusManager;
    private final StatusCategoryManager categories;

    public JiraStatuses(StatusManager statusManager, StatusCategoryManager categories) {
        this.statusManager = statusManager;
        this.categories = categories;
    }

    @Override
    public Optional<String> findStatus(String projectKey, String name) {
        return statusManager.getStatuses().stream().filter(status -> status.getName().equalsIgnoreCase(name))
                .map(Status::getId).findFirst();
    }

    @Override
    public String createStatus(String projectKey, String name, StatusCategory category) {
        return statusManager.createStatus(name, "A stage or outcome of the sales pipeline.", ICON,
                categories.getStatusCategoryByKey(category.key())).getId();
    }

    @Override
    public void deleteStatus(String projectKey, String statusId) {
        statusManager.removeStatus(statusId);
    }

    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(StatusManager.class, statusManager),
                HostService.of(StatusCategoryManager.class, categories));
    }
}
