package org.salespipeline.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.velocity.exception.VelocityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.DemoI18n;
import org.salespipeline.demo.DemoTemplates;
import org.salespipeline.demo.DemoWeb;
import org.salespipeline.jira.admin.view.CalibrationRow;
import org.salespipeline.jira.admin.view.CalibrationView;
import org.salespipeline.jira.admin.view.Choice;
import org.salespipeline.jira.admin.view.CriterionRow;
import org.salespipeline.jira.admin.view.Edit;
import org.salespipeline.jira.admin.view.Limits;
import org.salespipeline.jira.admin.view.ItemRow;
import org.salespipeline.jira.admin.view.PipelineList;
import org.salespipeline.jira.admin.view.PipelineRow;
import org.salespipeline.jira.admin.view.ProjectRow;
import org.salespipeline.jira.admin.view.Setup;
import org.salespipeline.jira.admin.view.StageRow;
import org.salespipeline.jira.admin.view.StatusRow;
import org.salespipeline.jira.admin.view.TemplateChoice;

/**
 * Every branch of every template, rendered by Velocity that lets templates call only what the descriptor's
 * allowlist names (as Jira's does): a method a template calls without an entry fails here.
 */
class TemplatesTest {

    private static final DemoTemplates TEMPLATES = new DemoTemplates();
    private static final DemoI18n I18N = new DemoI18n(DemoWeb.messages());

    private static final List<StatusRow> EVERY_TARGET = List.of(
            new StatusRow("1", "Prospecting", "new", "PROSPECTING", false),
            new StatusRow("2", "Proposal", "indeterminate", "PROPOSAL", false),
            new StatusRow("3", "Closed Won", "done", "WON", false),
            new StatusRow("4", "Closed Lost", "done", "LOST", false),
            new StatusRow("5", "Disqualified", "done", "DISQUALIFIED", false),
            new StatusRow("6", "Parked", "indeterminate", "", true));
    private static final List<StageRow> STAGES = List.of(
            new StageRow("PROSPECTING", "Prospecting", 5, 14, "Find them", "A contact", List.of()),
            new StageRow("PROPOSAL", "Proposal", 50, 21, "Offer", "Sent", List.of(
                    new ItemRow("sent", "Proposal sent", true), new ItemRow("call", "Follow-up call", false))));

    @Test
    @DisplayName("the pipelines page, with pipelines and unconfigured projects, and with neither")
    void pipelines() {
        String full = render("pipelines", Map.of("view", new PipelineList(
                List.of(new PipelineRow("ACME", "Acme sales", 7, "USD")), List.of(new ProjectRow("INITECH", "Initech")))));
        String empty = render("pipelines", Map.of("view", new PipelineList(List.of(), List.of())));

        assertThat(full).contains("Acme sales", "INITECH").isNotEqualTo(empty);
        assertThat(empty).doesNotContain("Acme sales", "INITECH");
    }

    @Test
    @DisplayName("the set-up page, mapping every kind of target with templates offered, and with no statuses on a set-up project")
    void setup() {
        List<Choice> stages = List.of(new Choice("PROSPECTING", "Prospecting"), new Choice("PROPOSAL", "Proposal"));
        String fresh = render("setup", Map.of("view", new Setup("INITECH", "Initech", false, EVERY_TARGET, stages,
                List.of(new TemplateChoice("seven-stage", "Prospecting, Proposal", "[]")), "INITECH sales", Limits.RULES)));
        String bare = render("setup", Map.of("view", new Setup("ACME", "Acme", true, List.of(), stages, List.of(),
                "ACME sales", Limits.RULES)));

        assertThat(fresh).contains("seven-stage", "sp-unmapped", "selected");
        assertThat(fresh).as("a template by its name, with its stages")
                .contains("<option value=\"seven-stage\" data-stages=\"[]\">Seven stages: Prospecting, Proposal</option>");
        assertThat(countOf(fresh, " selected>")).isEqualTo(5);
        assertThat(bare).doesNotContain("seven-stage", "sp-unmapped").isNotEqualTo(fresh);
        assertThat(fresh).as("the name box states the server's limit and default")
                .contains("id=\"sp-provision-name\" name=\"name\" maxlength=\"80\" value=\"INITECH sales\"");
    }

    @Test
    @DisplayName("the edit page, with required and optional items, mandatory and optional criteria, unmapped statuses and none")
    void edit() {
        List<CriterionRow> criteria = List.of(new CriterionRow("BUDGET", true), new CriterionRow("NEED", false));
        List<Choice> gates = List.of(new Choice("PROSPECTING", "Prospecting"), new Choice("QUALIFICATION", "Qualification"));
        String unmapped = render("edit", Map.of("view", new Edit("ACME", "Acme sales", "USD", STAGES, EVERY_TARGET, 1,
                "3", criteria, gates, "QUALIFICATION", Limits.RULES)));
        String mapped = render("edit", Map.of("view", new Edit("ACME", "Acme sales", "USD", STAGES,
                EVERY_TARGET.subList(0, 5), 0, "3", List.of(new CriterionRow("BUDGET", false)), gates, "", Limits.RULES)));

        assertThat(unmapped).contains("sp-unmapped-count", "sp-unmapped", "Proposal sent", "Follow-up call");
        assertThat(countOf(unmapped, " checked>")).as("a required item and a mandatory criterion").isEqualTo(2);
        assertThat(mapped).doesNotContain("sp-unmapped-count", "sp-unmapped\"");
        assertThat(countOf(mapped, " checked>")).isEqualTo(1);
        assertThat(unmapped).contains("<option value=\"QUALIFICATION\" selected>Qualification</option>")
                .doesNotContain("sp-gate-none");
        assertThat(mapped).contains("id=\"sp-gate-none\"", "<option value=\"\" selected>");
        assertThat(unmapped).as("the inputs state the server's limits, on the stages shown and on the new-stage template")
                .contains("id=\"sp-name\" maxlength=\"80\"")
                .contains("sp-stage-probability\" type=\"number\" min=\"0\" max=\"100\" step=\"1\"")
                .contains("sp-stage-rot-days\" type=\"number\" min=\"1\" max=\"3650\" step=\"1\"")
                .contains("sp-stage-guidance\" maxlength=\"2000\"", "sp-item-text\" maxlength=\"255\"");
        assertThat(countOf(unmapped, "max=\"3650\"")).isEqualTo(STAGES.size() + 1);
        assertThat(countOf(unmapped, "<li class=\"sp-stage\"")).as("one stage card markup for the stages and the new-stage template")
                .isEqualTo(STAGES.size() + 1);
        assertThat(unmapped).as("status categories as Jira's lozenges, by Jira's names")
                .contains("<span class=\"aui-lozenge sp-category\" data-category=\"new\">To Do</span>")
                .contains("<span class=\"aui-lozenge aui-lozenge-inprogress sp-category\" data-category=\"indeterminate\">In Progress</span>")
                .contains("<span class=\"aui-lozenge aui-lozenge-success sp-category\" data-category=\"done\">Done</span>")
                .doesNotContain(">indeterminate<");
    }

    @Test
    @DisplayName("the learnt win probabilities beside the configured ones, with the evidence in words; no section without them")
    void calibrationOnTheEditPage() {
        Edit edit = new Edit("ACME", "Acme sales", "USD", STAGES, EVERY_TARGET, 1, "3", List.of(), List.of(), "",
                Limits.RULES);
        CalibrationView calibration = new CalibrationView(List.of(
                new CalibrationRow("PROSPECTING", "Prospecting", 5, 5, 4, 1, 2, 60, true, false),
                new CalibrationRow("PROPOSAL", "Proposal", 50, 42, 24, 10, 27, 58, false, true)), 365, 10, 1);

        String page = render("edit", Map.of("view", edit, "calibration", calibration));

        assertThat(page).contains("data-lookback-days=\"365\"", "<td class=\"sp-calibration-learnt\">42 %</td>",
                "<bdi>27–58 %</bdi>", "Learnt from 24 closed deals, 10 of them won.",
                "Too few closed deals to learn from (4, fewer than 10): the configured probability is kept.",
                "data-key=\"PROPOSAL\" data-fallback=\"false\" data-changes=\"true\"")
                .doesNotContain("id=\"sp-calibration-nothing\"");
        assertThat(page.replaceAll("\\s+", " ")).contains("id=\"sp-calibration-adopt\" >");
        String nothing = render("edit", Map.of("view", edit, "calibration", new CalibrationView(List.of(), 365, 10, 0)));
        assertThat(nothing).contains("id=\"sp-calibration-nothing\"", "id=\"sp-calibration-adopt\" disabled");
        assertThat(render("edit", Map.of("view", edit))).doesNotContain("sp-calibration");
    }

    @Test
    @DisplayName("the refused, missing and system check pages")
    void refusedAndMissing() {
        assertThat(render("refused", Map.of())).isNotBlank();
        assertThat(render("missing", Map.of())).isNotBlank();
        assertThat(render("system", Map.of())).contains("id=\"sp-system-features\"", "data-page=\"system\"");
    }

    @Test
    @DisplayName("the workflow validator's input page, one check selected, and its view")
    void validator() {
        Map<String, Object> input = new HashMap<>();
        input.put("i18n", I18N);
        input.put("checks", List.of("QUALIFICATION", "WON", "LOST"));
        input.put("check", "WON");
        StringWriter page = new StringWriter();
        TEMPLATES.render("templates/workflow/exit-criteria-validator-input.vm", input, page);
        assertThat(countOf(page.toString(), " selected>")).isEqualTo(1);

        StringWriter view = new StringWriter();
        TEMPLATES.render("templates/workflow/exit-criteria-validator-view.vm", Map.of("i18n", I18N, "check", "LOST"), view);
        assertThat(view.toString()).isNotBlank();
    }

    @Test
    @DisplayName("a method missing from the allowlist fails the render, naming the entry it needs")
    void unlistedMethodIsRefused() {
        assertThatThrownBy(() -> TEMPLATES.render("templates/admin/pipelines.vm", Map.of("i18n", I18N, "base", "",
                "language", "en", "direction", "ltr", "view", new Unlisted()), new StringWriter()))
                .isInstanceOf(VelocityException.class)
                .hasMessageContaining("velocity-allowlist").hasMessageContaining(Unlisted.class.getName() + "#hasPipelines()");
    }

    @Test
    @DisplayName("every allowlist entry names a public method of a top-level public class, with no nested ($) names")
    void allowlistNamesTopLevelMethods() throws Exception {
        List<String> entries = org.salespipeline.demo.PluginDescriptor.load().texts("method");
        assertThat(entries).isNotEmpty().noneMatch(entry -> entry.contains("$"));
        for (String entry : entries) {
            Class<?> type = Class.forName(entry.substring(0, entry.indexOf('#')));
            assertThat(type.getEnclosingClass()).as(entry).isNull();
            assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())).as(entry).isTrue();
            String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            String parameters = entry.substring(entry.indexOf('(') + 1, entry.length() - 1);
            assertThat(java.util.Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                    .map(m -> String.join(",", java.util.Arrays.stream(m.getParameterTypes()).map(Class::getTypeName)
                            .toList())))
                    .as(entry).contains(parameters);
        }
    }

    /** A view whose class the allowlist does not name. */
    public static final class Unlisted {
        public boolean hasPipelines() {
            return false;
        }
    }

    private static String render(String page, Map<String, Object> context) {
        Map<String, Object> full = new HashMap<>(context);
        full.put("i18n", I18N);
        full.put("language", "en");
        full.put("direction", "ltr");
        full.put("base", "/jira/plugins/servlet/sales-pipeline/admin");
        StringWriter out = new StringWriter();
        TEMPLATES.render("templates/admin/" + page + ".vm", full, out);
        return out.toString();
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
