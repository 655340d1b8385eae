package org.salespipeline.demo;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.history.StatusChange;

/** A deal issue as the demo host keeps it: its fields by name, its status and its status history. */
public final class DemoIssue implements MutableIssue {

    private final long id;
    private final String key;
    private volatile String summary;
    private final Project project;
    private final Instant created;
    private final Map<String, Object> values = new HashMap<>();
    private final List<StatusChange> history = new ArrayList<>();
    private String owner;

    DemoIssue(long id, String key, String summary, Project project, Instant created, String owner) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.project = project;
        this.created = created;
        this.owner = owner;
    }

    /** A select-list option as the demo's fields hold them. */
    record DemoOption(String getValue) implements Option {
        /** The demo's options are values only. */
        @Override
        public Long getOptionId() {
            return null;
        }
    }

    void rename(String newSummary) {
        this.summary = newSummary;
    }

    synchronized void moveTo(StatusChange change) {
        history.add(change);
    }

    synchronized List<StatusChange> history() {
        return List.copyOf(history);
    }

    synchronized void set(String fieldName, Object value) {
        if (value == null) {
            values.remove(fieldName);
        } else {
            values.put(fieldName, value);
        }
    }

    synchronized Object get(String fieldName) {
        return values.get(fieldName);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public synchronized Status getStatus() {
        String status = history.isEmpty() ? null : history.get(history.size() - 1).statusId();
        return status == null ? null : new Status() {
            @Override
            public String getId() {
                return status;
            }

            @Override
            public String getName() {
                return status;
            }

            @Override
            public com.atlassian.jira.issue.status.category.StatusCategory getStatusCategory() {
                return null;
            }
        };
    }

    @Override
    public IssueType getIssueType() {
        return DemoJira.DEAL_TYPE;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Timestamp getCreated() {
        return Timestamp.from(created);
    }

    @Override
    public ApplicationUser getAssignee() {
        String assignee = owner;
        return assignee == null ? null : DemoJira.user(assignee);
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return get(customField.getId());
    }

    @Override
    public void setCustomFieldValue(CustomField customField, Object value) {
        set(customField.getId(), value);
    }
}
