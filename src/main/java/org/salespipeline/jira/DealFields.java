package org.salespipeline.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.salespipeline.history.Reasons;
import org.salespipeline.provisioning.DealFieldSpecs;

/** Reads a deal's custom fields by their names: number, date, select-list and text values. */
public class DealFields {

    public static final String AMOUNT = DealFieldSpecs.AMOUNT;
    public static final String CLOSE_DATE = DealFieldSpecs.CLOSE_DATE;
    public static final String LOST_REASON = DealFieldSpecs.LOST_REASON;
    public static final String DISQUALIFICATION_REASON = DealFieldSpecs.DISQUALIFICATION_REASON;

    private final CustomFieldManager customFieldManager;

    public DealFields(CustomFieldManager customFieldManager) {
        this.customFieldManager = customFieldManager;
    }

    /** The first custom field with the name; empty when Jira has none. */
    public Optional<CustomField> field(String fieldName) {
        return customFieldManager.getCustomFieldObjectsByName(fieldName).stream().findFirst();
    }

    /** The value of the first custom field with the name, or null when there is no such field or no value. */
    public Object value(Issue issue, String fieldName) {
        return field(fieldName).map(issue::getCustomFieldValue).orElse(null);
    }

    public Double number(Issue issue, String fieldName) {
        return value(issue, fieldName) instanceof Number number ? number.doubleValue() : null;
    }

    public LocalDate date(Issue issue, String fieldName) {
        return value(issue, fieldName) instanceof Timestamp timestamp
                ? LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC) : null;
    }

    /**
     * A reason field's value as the stage log records it: a select option by its id and name (see {@link Reasons}); null
     * when empty, and when the field holds no option — text in a field of that name is no reason.
     */
    public String reason(Issue issue, String fieldName) {
        if (!(value(issue, fieldName) instanceof Option option) || option.getValue() == null || option.getValue().isBlank()) {
            return null;
        }
        return option.getOptionId() != null ? Reasons.option(String.valueOf(option.getOptionId()), option.getValue())
                : option.getValue().trim();
    }

    /** A select option's value, or a text value; null when empty. */
    public String text(Issue issue, String fieldName) {
        Object value = value(issue, fieldName);
        String text = value instanceof Option option ? option.getValue() : value instanceof String string ? string : null;
        return text == null || text.isBlank() ? null : text.trim();
    }
}
