package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.DemoCustomFieldManager;
import org.salespipeline.history.Reasons;

/** How a deal's custom fields are read: a reason only from a select list's option. */
class DealFieldsTest {

    private final CustomField lostReason = proxy(CustomField.class, "getFieldName", DealFields.LOST_REASON);
    private final DealFields fields = new DealFields(new DemoCustomFieldManager(name -> List.of(lostReason)));

    @Test
    @DisplayName("an option of the field is a reason; text in a field of that name is none, so the exit criteria ask for one")
    void reasonsAreOptionsOnly() {
        Option price = new Option() {
            @Override
            public Long getOptionId() {
                return 10100L;
            }

            @Override
            public String getValue() {
                return " Price ";
            }
        };

        assertThat(fields.reason(issueHolding(price), DealFields.LOST_REASON)).isEqualTo(Reasons.option("10100", "Price"));
        assertThat(Reasons.recordedName(fields.reason(issueHolding(price), DealFields.LOST_REASON))).isEqualTo("Price");
        assertThat(fields.reason(issueHolding("Price"), DealFields.LOST_REASON)).isNull();
        assertThat(fields.text(issueHolding("Price"), DealFields.LOST_REASON)).isEqualTo("Price");
        assertThat(fields.reason(issueHolding(null), DealFields.LOST_REASON)).isNull();
    }

    private Issue issueHolding(Object value) {
        return proxy(Issue.class, "getCustomFieldValue", value);
    }

    /** An instance of the interface whose one named method answers the value; every other call is a mistake here. */
    private static <T> T proxy(Class<T> type, String method, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            if (called.getName().equals(method)) {
                return value;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
