package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineSlipped}: the open deals whose close date has passed (see {@link DrillDownFunction#SLIPPED}). */
public class PipelineSlippedFunction extends PipelineJqlFunction {

    public PipelineSlippedFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.SLIPPED, drillDown, permissionManager, lookups, i18n);
    }
}
