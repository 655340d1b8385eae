package org.salespipeline.jira.jql;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineStage}: the open deals in a stage (see {@link DrillDownFunction#STAGE}). */
public class PipelineStageFunction extends PipelineJqlFunction {

    public PipelineStageFunction(DrillDown drillDown, PermissionManager permissionManager, JiraLookups lookups,
            I18nResolver i18n) {
        super(DrillDownFunction.STAGE, drillDown, permissionManager, lookups, i18n);
    }
}
