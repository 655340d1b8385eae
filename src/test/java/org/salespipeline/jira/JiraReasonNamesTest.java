package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.provisioning.Recording;

/** Recorded reasons shown by their options' names in Jira now. */
class JiraReasonNamesTest {

    private final Recording jira = new Recording();
    private final JiraReasonNames names = new JiraReasonNames(jira.fake(OptionsManager.class));

    @Test
    @DisplayName("a renamed option shows its new name, looked up by the id the log kept")
    void renamedOptionShowsItsNewName() {
        jira.answer("OptionsManager.findByOptionId",
                args -> Recording.value(Option.class, Map.of("getOptionId", args[0], "getValue", "Pricing")));

        assertThat(names.nameOf("option:10301:Price")).isEqualTo("Pricing");
        assertThat(jira.calls).containsExactly("OptionsManager.findByOptionId(10301)");
    }

    @Test
    @DisplayName("a reason recorded as text is shown as it is, without asking Jira")
    void textAsItIs() {
        assertThat(names.nameOf("Price")).isEqualTo("Price");
        assertThat(names.nameOf(null)).isNull();
        assertThat(jira.calls).isEmpty();
    }

    @Test
    @DisplayName("an option Jira no longer has, or cannot look up, keeps the name it was recorded with")
    void goneOrUnreadableOptionKeepsItsRecordedName() {
        assertThat(names.nameOf("option:10301:Price")).isEqualTo("Price");
        jira.answer("OptionsManager.findByOptionId", args -> {
            throw new NoSuchMethodError("OptionsManager.findByOptionId(java.lang.Long)");
        });
        assertThat(names.nameOf("option:10301:Price")).isEqualTo("Price");
    }
}
