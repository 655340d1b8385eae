package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.FieldSpec;
import org.salespipeline.text.EnglishTexts;

/** The fields adapter: custom fields with a context for one project and the Deal type, their contexts and options. */
class JiraFieldsTest {

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));
    private final IssueType deal = Recording.value(IssueType.class, Map.of("getId", "10100", "getName", "Deal"));
    private final List<JiraContextNode> acmeContexts = List.of(Recording.value(JiraContextNode.class, Map.of()));
    private final IssueContext acmeDeals = Recording.value(IssueContext.class, Map.of());
    private final FieldConfig config = Recording.value(FieldConfig.class, Map.of());
    private final CustomFieldType<?, ?> select = Recording.value(CustomFieldType.class, Map.of());
    private final CustomFieldSearcher searcher = Recording.value(CustomFieldSearcher.class, Map.of());

    private JiraFields fields() {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> "ACME".equals(args[0]) ? acme : null)
                .answer("IssueTypeManager.getIssueType", args -> deal)
                .answer("FieldContexts.projectContexts", args -> acmeContexts)
                .answer("FieldContexts.issueContext", args -> acmeDeals);
        return new JiraFields(jira.fake(CustomFieldManager.class), jira.fake(FieldConfigSchemeManager.class),
                jira.fake(OptionsManager.class), jira.fake(IssueTypeManager.class), jira.fake(ProjectManager.class),
                jira.fake(FieldContexts.class));
    }

    @Test
    @DisplayName("a field is found by name whatever its letter case, among all of Jira's custom fields")
    void findsByNameIgnoringCase() {
        jira.answer("CustomFieldManager.getCustomFieldObjects", args -> List.of(field("customfield_10200", "Deal amount")));

        assertThat(fields().findField("DEAL AMOUNT")).contains("customfield_10200");
        assertThat(fields().findField("Lost reason")).isEmpty();
    }

    @Test
    @DisplayName("a select list is created with Jira's select type and searcher, for the project's context and the Deal type")
    void createsASelectList() {
        jira.answer("CustomFieldManager.getCustomFieldType", args -> select)
                .answer("CustomFieldManager.getCustomFieldSearcher", args -> searcher)
                .answer("CustomFieldManager.createCustomField", args -> field("customfield_10201", (String) args[0]));

        String id = fields().createField(FieldSpec.select("Lost reason", "Price", "Timing"), "ACME", "10100");

        assertThat(id).isEqualTo("customfield_10201");
        assertThat(jira.calls).containsExactly(
                "CustomFieldManager.getCustomFieldType(" + JiraFields.TYPES + "select)",
                "CustomFieldManager.getCustomFieldSearcher(" + JiraFields.TYPES + "multiselectsearcher)",
                "ProjectManager.getProjectByCurrentKey(ACME)", "FieldContexts.projectContexts(10000, fake ProjectManager)",
                "IssueTypeManager.getIssueType(10100)",
                "CustomFieldManager.createCustomField(Lost reason, Used by the sales pipeline., " + select + ", " + searcher
                        + ", " + acmeContexts + ", [" + deal + "])");
    }

    @Test
    @DisplayName("undoing a field looks it up by id and removes it")
    void removesAField() throws Exception {
        CustomField created = field("customfield_10201", "Lost reason");
        jira.answer("CustomFieldManager.getCustomFieldObject", args -> created);
        fields().deleteField("customfield_10201");
        assertThat(jira.calls).containsExactly("CustomFieldManager.getCustomFieldObject(customfield_10201)",
                "CustomFieldManager.removeCustomField(" + created + ")");
    }

    @Test
    @DisplayName("a field reused from another project gets a context of its own for this project, removed again by its id")
    void addsAndRemovesAContext() {
        FieldConfigScheme draft = Recording.value(FieldConfigScheme.class, Map.of());
        CustomField reused = field("customfield_10200", "Deal amount");
        jira.answer("FieldContexts.newContext", args -> draft)
                .answer("CustomFieldManager.getCustomFieldObject", args -> reused)
                .answer("FieldConfigSchemeManager.createFieldConfigScheme",
                        args -> Recording.value(FieldConfigScheme.class, Map.of("getId", 10400L)));
        JiraFields fields = fields();

        String context = fields.addFieldContext("customfield_10200", "ACME", "10100");
        fields.deleteFieldContext(context);

        assertThat(context).isEqualTo("10400");
        assertThat(jira.calls).startsWith("FieldContexts.newContext(Sales pipeline: ACME, Deals of project ACME.)")
                .contains("FieldConfigSchemeManager.createFieldConfigScheme(" + draft + ", " + acmeContexts + ", [" + deal + "], "
                        + reused + ")")
                .endsWith("FieldConfigSchemeManager.removeFieldConfigScheme(10400)");
    }

    @Test
    @DisplayName("options are read from the configuration that applies to the project's deals; a new one goes last; undoing deletes it")
    void optionsOfTheProjectsConfiguration() {
        CustomField reason = jira.fake(CustomField.class);
        jira.answer("CustomField.getRelevantConfig", args -> config)
                .answer("CustomFieldManager.getCustomFieldObject", args -> reason);
        Option price = Recording.value(Option.class, Map.of("getOptionId", 10301L, "getValue", "Price"));
        jira.answer("OptionsManager.getOptions", args -> new FakeOptions(List.of(price)))
                .answer("OptionsManager.createOption", args -> Recording.value(Option.class, Map.of("getOptionId", 10302L)))
                .answer("OptionsManager.findByOptionId", args -> price);
        JiraFields fields = fields();

        assertThat(fields.fieldApplies("customfield_10201", "ACME", "10100")).isTrue();
        assertThat(fields.options("customfield_10201", "ACME", "10100")).containsExactly("Price");
        assertThat(fields.createOption("customfield_10201", "ACME", "10100", "Timing")).isEqualTo("10302");
        fields.deleteOption("10301");

        assertThat(jira.calls).contains("FieldContexts.issueContext(10000, 10100)", "CustomField.getRelevantConfig(" + acmeDeals + ")",
                "OptionsManager.createOption(" + config + ", null, 1, Timing)");
        assertThat(jira.calls).endsWith("OptionsManager.findByOptionId(10301)", "OptionsManager.deleteOptionAndChildren(" + price + ")");
    }

    @Test
    @DisplayName("a method this Jira lacks reaches provisioning as the LinkageError it is, which names it for the admin")
    void missingMethodIsNamed() {
        jira.answer("CustomFieldManager.getCustomFieldType", args -> {
            throw new NoSuchMethodError("'com.atlassian.jira.issue.customfields.CustomFieldType com.atlassian.jira.issue"
                    + ".CustomFieldManager.getCustomFieldType(java.lang.String)'");
        });

        assertThatThrownBy(() -> fields().createField(FieldSpec.select("Lost reason", "Price"), "ACME", "10100"))
                .isInstanceOf(NoSuchMethodError.class)
                .satisfies(failure -> assertThat(EnglishTexts.INSTANCE.text(HostService.describe(failure))).contains("CustomFieldManager.getCustomFieldType"));
        assertThat(jira.calls).noneMatch(call -> call.startsWith("CustomFieldManager.createCustomField"));
    }

    @Test
    @DisplayName("an unknown project is named in the failure before any field is created")
    void unknownProject() {
        assertThatThrownBy(() -> fields().createField(FieldSpec.select("Lost reason", "Price"), "NOPE", "10100"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Jira has no project NOPE");
        assertThat(jira.calls).noneMatch(call -> call.startsWith("CustomFieldManager.createCustomField"));
    }

    private CustomField field(String id, String name) {
        return Recording.value(CustomField.class, Map.of("getId", id, "getFieldName", name));
    }

    /** Jira's options of one configuration: a list of them. */
    private static final class FakeOptions extends AbstractList<Option> implements Options {
        private final List<Option> options;

        FakeOptions(List<Option> options) {
            this.options = options;
        }

        @Override
        public Option get(int index) {
            return options.get(index);
        }

        @Override
        public int size() {
            return options.size();
        }

        @Override
        public Option getOptionForValue(String value, Long parentOptionId) {
            return options.stream().filter(option -> option.getValue().equals(value)).findFirst().orElse(null);
        }
    }
}
