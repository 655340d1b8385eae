package org.salespipeline.demo;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The demo's template renderer: a real Velocity engine reading the app's templates from the classpath, in strict
 * mode, so that a template naming anything its context lacks fails instead of printing the reference, and calling
 * only the methods the descriptor's Velocity allowlist names, as Jira does.
 */
public final class DemoTemplates implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    public DemoTemplates() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        Template template = engine.getTemplate(templateName, StandardCharsets.UTF_8.name());
        template.merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
    }
}
