package org.salespipeline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The app's atlassian-plugin.xml as built into the jar, read for what a host needs from it. */
public final class PluginDescriptor {

    public static final String RESOURCE = "atlassian-plugin.xml";

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    public static PluginDescriptor load() {
        return parse(PluginDescriptor.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    public static PluginDescriptor parse(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Text of every element with the given tag name, in document order. */
    public List<String> texts(String tagName) {
        NodeList nodes = document.getElementsByTagName(tagName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    /** Values of an attribute on every element with the given tag name that has it. */
    public List<String> attributes(String tagName, String attribute) {
        NodeList nodes = document.getElementsByTagName(tagName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String value = ((Element) nodes.item(i)).getAttribute(attribute);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** The entity classes of the {@code <ao>} module, loaded. */
    @SuppressWarnings("unchecked")
    public List<Class<? extends RawEntity<?>>> aoEntities() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : texts("entity")) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The <ao> module names a missing entity " + name, e);
            }
        }
        return entities;
    }

    /** The {@code <upgradeTask>} classes of the {@code <ao>} module, in the order the descriptor lists them. */
    public List<String> aoUpgradeTasks() {
        return texts("upgradeTask");
    }

    /**
     * The download resources a page gets for a web-resource module, by its key: those of the app's own modules it
     * depends on first (each once), then its own, in the order the descriptor lists them.
     */
    public List<String> webResourceLocations(String key) {
        List<String> locations = new ArrayList<>();
        collectLocations(key, new ArrayList<>(), locations);
        return locations;
    }

    /** The app's own web-resource modules the module depends on, by key, in the order the descriptor lists them. */
    public List<String> webResourceDependencies(String key) {
        Element module = webResource(key);
        String own = root().getAttribute("key") + ":";
        List<String> keys = new ArrayList<>();
        NodeList dependencies = module.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            String dependency = dependencies.item(i).getTextContent().trim();
            if (dependency.startsWith(own)) {
                keys.add(dependency.substring(own.length()));
            }
        }
        return keys;
    }

    /** The keys of every web-resource module, in the order the descriptor lists them. */
    public List<String> webResourceKeys() {
        return attributes("web-resource", "key");
    }

    /** The download resources of one web-resource module alone, without those of its dependencies. */
    public List<String> ownWebResourceLocations(String key) {
        List<String> locations = new ArrayList<>();
        NodeList resources = webResource(key).getElementsByTagName("resource");
        for (int j = 0; j < resources.getLength(); j++) {
            locations.add(((Element) resources.item(j)).getAttribute("location"));
        }
        return locations;
    }

    /** The keys of the web-resource modules in the given context (such as {@code atl.dashboard}), in descriptor order. */
    public List<String> webResourcesInContext(String context) {
        List<String> keys = new ArrayList<>();
        NodeList modules = document.getElementsByTagName("web-resource");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            NodeList contexts = module.getElementsByTagName("context");
            for (int j = 0; j < contexts.getLength(); j++) {
                if (context.equals(contexts.item(j).getTextContent().trim())) {
                    keys.add(module.getAttribute("key"));
                }
            }
        }
        return keys;
    }

    /** Link and script tags for the module's styles and scripts, as Jira puts them into a page that requires it. */
    public String webResourceTags(String key) {
        return webResourceTags(List.of(key));
    }

    /** Link and script tags for several modules' styles and scripts, each resource once, as Jira serves a context. */
    public String webResourceTags(List<String> keys) {
        List<String> visited = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        keys.forEach(key -> collectLocations(key, visited, locations));
        StringBuilder tags = new StringBuilder();
        for (String location : locations) {
            tags.append(location.endsWith(".css")
                    ? "<link rel=\"stylesheet\" href=\"/" + location + "\">\n"
                    : location.endsWith(".js") ? "<script src=\"/" + location + "\"></script>\n" : "");
        }
        return tags.toString();
    }

    private void collectLocations(String key, List<String> visited, List<String> locations) {
        if (visited.contains(key)) {
            return;
        }
        visited.add(key);
        for (String dependency : webResourceDependencies(key)) {
            collectLocations(dependency, visited, locations);
        }
        locations.addAll(ownWebResourceLocations(key));
    }

    private Element webResource(String key) {
        NodeList modules = document.getElementsByTagName("web-resource");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (key.equals(module.getAttribute("key"))) {
                return module;
            }
        }
        throw new IllegalArgumentException("The descriptor has no web-resource " + key);
    }

    /** Each dashboard item: the AMD module Jira starts it with and the message key of its title. */
    public List<DashboardItem> dashboardItems() {
        NodeList modules = document.getElementsByTagName("dashboard-item");
        List<DashboardItem> items = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            Element title = (Element) module.getElementsByTagName("title").item(0);
            items.add(new DashboardItem(module.getElementsByTagName("amd-module").item(0).getTextContent().trim(),
                    title.getAttribute("key")));
        }
        return items;
    }

    /** A dashboard item: its AMD module and the key of its title; its name is the module's last segment. */
    public record DashboardItem(String amdModule, String titleKey) {

        public String name() {
            return amdModule.substring(amdModule.lastIndexOf('/') + 1);
        }
    }

    /** The class and URL patterns of each servlet module, the patterns as served under /plugins/servlet. */
    public List<ServletModule> servlets() {
        NodeList modules = document.getElementsByTagName("servlet");
        List<ServletModule> servlets = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            NodeList patterns = module.getElementsByTagName("url-pattern");
            List<String> paths = new ArrayList<>();
            for (int j = 0; j < patterns.getLength(); j++) {
                paths.add("/plugins/servlet" + patterns.item(j).getTextContent().trim());
            }
            servlets.add(new ServletModule(module.getAttribute("class"), paths));
        }
        return servlets;
    }

    /** A servlet module: its class and the paths it serves. */
    public record ServletModule(String className, List<String> paths) {
    }

    /** The REST module's path and version as the URL prefix Jira serves it under. */
    public String restBase() {
        Element rest = (Element) document.getElementsByTagName("rest").item(0);
        return "/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version");
    }
}
