package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineForecast}: the open deals expected to close in a month (see {@link DrillDownFunction#FORECAST}). */
public class PipelineForecastFunction extends PipelineJqlFunction {

    public PipelineForecastFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.FORECAST, drillDown, permissionManager, lookups, i18n);
    }
}
