package org.salespipeline.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import org.salespipeline.drilldown.DrillDown;
import org.salespipeline.drilldown.DrillDownFunction;
import org.salespipeline.jira.JiraAccessPolicy;
import org.salespipeline.jira.JiraLookups;

/** The JQL function {@code pipelineSlipped}: the open deals whose close date has passed (see {@link DrillDownFunction#SLIPPED}). */
public class PipelineSlippedFunction extends PipelineJqlFunction {

    public PipelineSlippedFunction(DrillDown drillDown, JiraAccessPolicy access, JiraLookups lookups, I18nResolver i18n) {
        super(DrillDownFunction.SLIPPED, drillDown, access, lookups, i18n);
    }
}
