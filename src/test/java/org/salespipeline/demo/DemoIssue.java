package org.salespipeline.demo;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
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

/** A deal issue as the demo host keeps it: its fields by name, its status, its status history and its change items. */
public final class DemoIssue implements MutableIssue {

    /** The name Jira gives the status in its change items. */
    static final String STATUS = "status";

    private final long id;
    private final String key;
    private volatile String summary;
    private final Project project;
    private final Instant created;
    private final Map<String, Object> values = new HashMap<>();
    private final List<StatusChange> history = new ArrayList<>();
    private final Map<String, List<ChangeItemBean>> changeItems = new HashMap<>();
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
        transition(change, Map.of());
    }

    /**
     * Sets the fields and moves the deal into the change's status in one change group, as a Jira transition with a
     * screen does: one change item per field whose value changed, and one for the status (none for the status the
     * deal is created in).
     */
    synchronized void transition(StatusChange change, Map<String, Object> fields) {
        Timestamp at = Timestamp.from(change.at());
        fields.forEach((field, value) -> {
            Object before = values.get(field);
            // Values an issue is created with are no change: Jira records none for them.
            if (history.isEmpty()) {
                set(field, value);
            } else if (!java.util.Objects.equals(before, value)) {
                record(field, new ChangeItemBean("custom", field, id(before), shown(before), id(value), shown(value), at));
                set(field, value);
            }
        });
        if (!history.isEmpty()) {
            String from = history.get(history.size() - 1).statusId();
            record(STATUS, new ChangeItemBean("jira", STATUS, from, from, change.statusId(), change.statusId(), at));
        }
        history.add(change);
    }

    /** A change of a field outside any transition, as an edit records it. */
    synchronized void fieldChanged(String field, Object before, Object after, Instant at) {
        record(field, new ChangeItemBean("custom", field, id(before), shown(before), id(after), shown(after),
                Timestamp.from(at)));
    }

    /** The change items of one field (or of the status), oldest first. */
    synchronized List<ChangeItemBean> changeItems(String field) {
        return List.copyOf(changeItems.getOrDefault(field, List.of()));
    }

    private void record(String field, ChangeItemBean item) {
        changeItems.computeIfAbsent(field, name -> new ArrayList<>()).add(item);
    }

    /** What Jira keeps as a change item's value: a select option's id, another value as text. */
    private static String id(Object value) {
        return value instanceof Option option ? (option.getOptionId() == null ? null : String.valueOf(option.getOptionId()))
                : value == null ? null : String.valueOf(value);
    }

    /** What Jira shows for a change item's value: a select option's name, another value as text. */
    private static String shown(Object value) {
        return value instanceof Option option ? option.getValue() : value == null ? null : String.valueOf(value);
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
        return assignee == null ? null : DemoJira.assignee(assignee);
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
