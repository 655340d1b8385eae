package org.salespipeline.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.plugin.jql.function.ClauseSanitisingJqlFunction;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.drilldown.Message;
import org.salespipeline.jira.JiraBrowsePermission;
import org.salespipeline.jira.JiraLookups;
import org.salespipeline.metrics.DealVisibility;

/**
 * One drill-down function in Jira's JQL ({@code issue in pipelineStage("ACME", "PROPOSAL")}): its messages come from
 * the app's bundle, its issues are the ids of the selected deals the searcher may browse, and a saved query shown to
 * someone who may not browse its project names the project by id, as Jira's own functions do.
 */
public abstract class PipelineJqlFunction extends AbstractJqlFunction implements ClauseSanitisingJqlFunction {

    private final DrillDownFunction function;
    private final DrillDown drillDown;
    private final JiraBrowsePermission access;
    private final JiraLookups lookups;
    private final I18nResolver i18n;

    protected PipelineJqlFunction(DrillDownFunction function, DrillDown drillDown, PermissionManager permissionManager,
            JiraLookups lookups, I18nResolver i18n) {
        this.function = function;
        this.drillDown = drillDown;
        this.access = new JiraBrowsePermission(permissionManager, lookups);
        this.lookups = lookups;
        this.i18n = i18n;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        Predicate<String> projects = projectsOf(searcher);
        for (Message message : drillDown.validate(function, arguments(operand, projects), projects)) {
            messages.addErrorMessage(i18n.getText(message.key(), message.arguments().toArray(new String[0])));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        ApplicationUser searcher = context.getApplicationUser();
        boolean unchecked = context.isSecurityOverriden();
        DealVisibility visibility = unchecked ? DealVisibility.everything() : key -> access.canBrowseIssue(searcher, key);
        Predicate<String> projects = unchecked ? project -> true : projectsOf(searcher);
        List<QueryLiteral> literals = new ArrayList<>();
        drillDown.deals(function, arguments(operand, projects), projects, visibility)
                .forEach(deal -> literals.add(new QueryLiteral(operand, deal.issueId())));
        return literals;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return function.minimumArguments();
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** The operand with its project named by id when the searcher may not browse it, so that its key stays unseen. */
    @Override
    public FunctionOperand sanitiseOperand(ApplicationUser searcher, FunctionOperand operand) {
        List<String> arguments = operand.getArgs();
        if (arguments == null || arguments.isEmpty()) {
            return operand;
        }
        Project project = lookups.project(arguments.get(0).trim().toUpperCase(Locale.ROOT));
        if (project == null || access.canBrowseProject(searcher, project.getKey())) {
            return operand;
        }
        List<String> sanitised = new ArrayList<>(arguments);
        sanitised.set(0, String.valueOf(project.getId()));
        return new FunctionOperand(operand.getName(), sanitised);
    }

    private Predicate<String> projectsOf(ApplicationUser searcher) {
        return projectKey -> access.canBrowseProject(searcher, projectKey);
    }

    /**
     * The arguments as written, with the project named by its key; a sanitised query names it by id, which becomes
     * its key only for a searcher who may browse it (for the others it stays the id, in messages too).
     */
    private List<String> arguments(FunctionOperand operand, Predicate<String> projects) {
        List<String> arguments = new ArrayList<>(operand.getArgs() == null ? List.of() : operand.getArgs());
        if (!arguments.isEmpty()) {
            arguments.set(0, projectKey(arguments.get(0), projects));
        }
        return arguments;
    }

    private String projectKey(String argument, Predicate<String> projects) {
        String text = argument.trim();
        if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
            Project project = lookups.projectById(Long.parseLong(text));
            return project != null && projects.test(project.getKey()) ? project.getKey() : argument;
        }
        return text.toUpperCase(Locale.ROOT);
    }
}
