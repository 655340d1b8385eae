package org.salespipeline.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads a deal's custom fields by their names: number, date, select-list and text values. */
public class DealFields {

    public static final String AMOUNT = "Deal amount";
    public static final String CLOSE_DATE = "Expected close date";
    public static final String LOST_REASON = "Lost reason";
    public static final String DISQUALIFICATION_REASON = "Disqualification reason";

    private final CustomFieldManager customFieldManager;

    public DealFields(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    /** The value of the first custom field with the name, or null when there is no such field or no value. */
    public Object value(Issue issue, String fieldName) {
        CustomField field = customFieldManager.getCustomFieldObjectsByName(fieldName).stream().findFirst().orElse(null);
        return field == null ? null : issue.getCustomFieldValue(field);
    }

    public Double number(Issue issue, String fieldName) {
        return value(issue, fieldName) instanceof Number number ? number.doubleValue() : null;
    }

    public LocalDate date(Issue issue, String fieldName) {
        return value(issue, fieldName) instanceof Timestamp timestamp
                ? LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC) : null;
    }

    /** A select option's value, or a text value; null when empty. */
    public String text(Issue issue, String fieldName) {
        Object value = value(issue, fieldName);
        String text = value instanceof Option option ? option.getValue() : value instanceof String string ? string : null;
        return text == null || text.isBlank() ? null : text.trim();
    }
}
