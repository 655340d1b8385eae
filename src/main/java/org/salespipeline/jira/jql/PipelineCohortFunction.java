package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineCohort}: the deals of the funnel's cohort (see {@link DrillDownFunction#COHORT}). */
public class PipelineCohortFunction extends PipelineJqlFunction {

    public PipelineCohortFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.COHORT, drillDown, permissionManager, lookups, i18n);
    }
}
