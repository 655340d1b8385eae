package org.salespipeline.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.api.model.WebPanel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The deal panel on the issue view: an empty container naming the issue, which the panel's script (web resource in
 * the issue view's context) fills from {@code GET /rest/sales-pipeline/1.0/deals/{issueKey}}.
 */
public class DealPanel implements WebPanel {

    /** The CSS class the panel's script looks for. */
    public static final String CONTAINER_CLASS = "sales-pipeline-deal";

    @Override
    public String getHtml(Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            writeHtml(html, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        Object issue = context.get("issue");
        if (!(issue instanceof Issue deal) || deal.getKey() == null) {
            return;
        }
        writer.append("<div class=\"").append(CONTAINER_CLASS).append("\" data-issue-key=\"")
                .append(Html.escape(deal.getKey())).append("\"></div>");
    }
}
