package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the host's Velocity template renderer (templates from the plugin's
 * classpath). Its RenderingException is unchecked (template renderer API 5.0.4), so the stand-in leaves it out.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport TemplateRenderer)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java (render(String, Map, Writer), IOException caught; its unchecked RenderingException left out)
 */
public interface TemplateRenderer {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ConfigureServlet.java (templateRenderer.render(template, context, resp.getWriter()), a statement in a try that catches IOException)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ConfigureServlet.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
