package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineStalled}: the stalled open deals (see {@link DrillDownFunction#STALLED}). */
public class PipelineStalledFunction extends PipelineJqlFunction {

    public PipelineStalledFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.STALLED, drillDown, permissionManager, lookups, i18n);
    }
}
