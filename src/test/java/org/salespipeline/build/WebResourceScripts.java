package org.salespipeline.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salespipeline.demo.PluginDescriptor;

/**
 * The AMD modules of the descriptor's web resources: which module each script defines and which it names, and
 * the modules a web resource names that neither it nor the web resources it depends on define.
 */
final class WebResourceScripts {

    private static final Pattern DEFINE = Pattern.compile("define\\(\\s*'(sales-pipeline/[\\w/-]+)'");
    private static final Pattern NAMED = Pattern.compile("'(sales-pipeline/[\\w/-]+)'");

    private final PluginDescriptor descriptor;
    private final Function<String, String> scriptText;

    /** scriptText reads a script by its location (js/panel/bant.js). */
    WebResourceScripts(PluginDescriptor descriptor, Function<String, String> scriptText) {
        this.descriptor = descriptor;
        this.scriptText = scriptText;
    }

    /** The modules defined by the web resource's own scripts. */
    Set<String> defines(String webResource) {
        Set<String> modules = new LinkedHashSet<>();
        for (String script : scripts(descriptor.ownWebResourceLocations(webResource))) {
            Matcher matcher = DEFINE.matcher(scriptText.apply(script));
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
        }
        return modules;
    }

    /** Every module name a script of the web resource mentions (its define, its dependencies, what it requires), by script. */
    Map<String, Set<String>> named(String webResource) {
        Map<String, Set<String>> byScript = new LinkedHashMap<>();
        for (String script : scripts(descriptor.ownWebResourceLocations(webResource))) {
            Set<String> modules = new LinkedHashSet<>();
            Matcher matcher = NAMED.matcher(scriptText.apply(script));
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
            byScript.put(script, modules);
        }
        return byScript;
    }

    /** The modules the web resource and the app's web resources it depends on (all the way down) define. */
    Set<String> available(String webResource) {
        Set<String> modules = new LinkedHashSet<>(defines(webResource));
        for (String dependency : descriptor.webResourceDependencies(webResource)) {
            modules.addAll(available(dependency));
        }
        return modules;
    }

    /** One line per module a script names that its web resource does not bring, in every web resource. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String webResource : descriptor.webResourceKeys()) {
            Set<String> available = available(webResource);
            named(webResource).forEach((script, modules) -> modules.stream().filter(module -> !available.contains(module))
                    .forEach(module -> problems.add(script + " in web-resource " + webResource + " names " + module
                            + ", which neither it nor its dependencies define")));
        }
        return problems;
    }

    private static List<String> scripts(List<String> locations) {
        return locations.stream().filter(location -> location.endsWith(".js")).toList();
    }
}
