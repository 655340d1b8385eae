package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineOutcome}: the deals won, lost or disqualified in a window (see {@link DrillDownFunction#OUTCOME}). */
public class PipelineOutcomeFunction extends PipelineJqlFunction {

    public PipelineOutcomeFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.OUTCOME, drillDown, permissionManager, lookups, i18n);
    }
}
