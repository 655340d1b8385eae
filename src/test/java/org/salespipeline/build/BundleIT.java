package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.jira.system.HostApiReferences;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What ships: the built jar holds only the app's own parts, and everything it names is inside it. Runs on the Jira
 * 11.3 jar; {@link Jira10BundleIT} runs the same checks on the Jira 10.3 jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleIT {

    private static final String PLUGIN_KEY = "org.salespipeline.sales-pipeline";
    private static final List<Pattern> ALLOWED_ENTRIES = List.of(
            Pattern.compile("org/salespipeline/.+"),
            Pattern.compile("META-INF/MANIFEST\\.MF"),
            Pattern.compile("META-INF/sales-pipeline/host-api\\.txt"),
            Pattern.compile("META-INF/spring/[^/]+\\.xml"),
            Pattern.compile("atlassian-plugin\\.xml"),
            Pattern.compile("i18n/sales-pipeline(_[a-zA-Z_]+)?\\.properties"),
            Pattern.compile("(images|templates|js|css|dashboard|workflow)/.+"),
            Pattern.compile("META-INF/resources/webjars/.+"));
    private static final Pattern TEMPLATE_I18N = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"");
    private static final Pattern SCRIPT_I18N = Pattern.compile("'(sales-pipeline\\.[a-z0-9.-]+)'");
    /** A counted message: the scripts pass its stem, and the bundle holds one key per plural form (.one, .other…). */
    private static final Pattern SCRIPT_COUNTED = Pattern.compile("count\\('(sales-pipeline\\.[a-z0-9.-]+)'");

    BundleJar jar;
    PluginDescriptor descriptor;

    /** The system property that names the jar under test. */
    String bundleFileProperty() {
        return "bundle.file";
    }

    /** The allow-list of the jar's Import-Package, a test resource. */
    String allowListResource() {
        return "/bundle/import-package-allowlist.txt";
    }

    @BeforeAll
    void openJar() {
        jar = BundleJar.fromProperty(bundleFileProperty());
        descriptor = PluginDescriptor.parse(jar.open(PluginDescriptor.RESOURCE));
    }

    @AfterAll
    void closeJar() throws IOException {
        jar.close();
    }

    @Test
    @DisplayName("the jar holds only the app's classes and resources: no stand-in, no provided library")
    void onlyOwnEntries() {
        for (String entry : jar.entryNames()) {
            assertThat(ALLOWED_ENTRIES.stream().anyMatch(pattern -> pattern.matcher(entry).matches()))
                    .as("unexpected jar entry %s", entry).isTrue();
            if (entry.endsWith(".class")) {
                assertThat(entry).as("class outside the app's package").startsWith("org/salespipeline/");
            }
        }
        assertThat(jar.entryNames()).contains("atlassian-plugin.xml", "i18n/sales-pipeline.properties")
                .anyMatch(name -> name.startsWith("META-INF/spring/"))
                .noneMatch(name -> name.startsWith("com/atlassian/"));
    }

    @Test
    @DisplayName("every WebJar in the jar brings its licence")
    void webJarsCarryLicences() {
        Map<String, List<String>> byWebJar = new LinkedHashMap<>();
        Pattern webJar = Pattern.compile("META-INF/resources/webjars/([^/]+/[^/]+)/(.+)");
        for (String entry : jar.entryNames()) {
            Matcher matcher = webJar.matcher(entry);
            if (matcher.matches()) {
                byWebJar.computeIfAbsent(matcher.group(1), key -> new ArrayList<>()).add(matcher.group(2));
            }
        }
        byWebJar.forEach((name, files) -> assertThat(files).as("licence of WebJar %s", name)
                .anyMatch(file -> file.toUpperCase().startsWith("LICENSE") || file.toUpperCase().startsWith("LICENCE")));
    }

    @Test
    @DisplayName("the manifest names the plugin key, the Spring context and the bundle identity")
    void manifestHeaders() {
        Attributes manifest = jar.manifest();
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(manifest.getValue("Spring-Context")).isNotBlank();
        assertThat(manifest.getValue("Bundle-Version")).isNotBlank();
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(descriptor.root().getAttribute("key")).isEqualTo(PLUGIN_KEY);
    }

    @Test
    @DisplayName("Import-Package lists only allowed packages, each with a reason, optional exactly where the allow-list says so")
    void importPackageIsAllowListed() {
        ImportAllowList allowList = ImportAllowList.load(allowListResource());
        allowList.entries().values().forEach(entry -> {
            assertThat(entry.reason()).as("reason for %s", entry.name()).isNotBlank();
            assertThat(entry.resolution()).as("resolution of %s", entry.name()).isIn("mandatory", "optional");
            if (entry.reason().startsWith("jira-core:")) {
                assertThat(entry.optional()).as("%s is used only by jira-core calls", entry.name()).isTrue();
            }
        });
        List<ImportPackage> imports = ImportPackage.parse(jar.manifest().getValue("Import-Package"));
        for (ImportPackage clause : imports) {
            assertThat(clause.name()).as("java.* is never imported").doesNotStartWith("java.");
            assertThat(allowList.entries()).as("imported package %s is on the allow-list", clause.name())
                    .containsKey(clause.name());
            assertThat(clause.optional()).as("%s is imported %s", clause.name(), allowList.entries().get(clause.name()).resolution())
                    .isEqualTo(allowList.entries().get(clause.name()).optional());
        }
        assertThat(imports.stream().map(ImportPackage::name))
                .as("allow-list entries that the bundle no longer imports")
                .containsExactlyInAnyOrderElementsOf(allowList.entries().keySet());
    }

    @Test
    @DisplayName("every app class that the descriptor or the Spring XML names is in the jar")
    void namedClassesExist() throws IOException {
        List<String> named = new ArrayList<>(classesNamedBy(descriptor));
        for (String springXml : jar.entryNames().stream().filter(name -> name.startsWith("META-INF/spring/")).toList()) {
            try (InputStream in = jar.open(springXml)) {
                Document document = SpringXml.parse(in);
                NodeList beans = document.getElementsByTagNameNS("*", "bean");
                for (int i = 0; i < beans.getLength(); i++) {
                    String className = ((Element) beans.item(i)).getAttribute("class");
                    if (className.startsWith("org.springframework.")) {
                        // Spring's own classes come from Jira: their package must be imported.
                        String pkg = className.substring(0, className.lastIndexOf('.'));
                        assertThat(ImportPackage.parse(jar.manifest().getValue("Import-Package")))
                                .as("package of %s is imported", className).anyMatch(clause -> clause.name().equals(pkg));
                    } else if (!className.startsWith("java.")) {
                        named.add(className);
                    }
                }
            }
        }
        assertThat(named).isNotEmpty();
        for (String className : named) {
            assertThat(className).startsWith("org.salespipeline.");
            assertThat(jar.contains(className.replace('.', '/') + ".class")).as("class %s in the jar", className).isTrue();
        }
    }

    @Test
    @DisplayName("every resource that the descriptor points to is in the jar")
    void namedResourcesExist() {
        for (String location : descriptor.attributes("resource", "location")) {
            String type = location.startsWith("i18n/") ? location + ".properties" : location;
            assertThat(jar.contains(type)).as("resource %s", type).isTrue();
        }
        for (String param : List.of("plugin-icon", "plugin-logo")) {
            assertThat(jar.contains(pluginInfoParam(param))).as("%s image", param).isTrue();
        }
        assertThat(jar.text(HostApiReferences.RESOURCE)).as("the host API members the system check looks up")
                .contains("com.atlassian.activeobjects.external.ActiveObjects");
    }

    @Test
    @DisplayName("every i18n key used in the descriptor, the templates and the scripts exists in the default bundle")
    void i18nKeysExist() {
        Properties bundle = new Properties();
        try (InputStream in = jar.open("i18n/sales-pipeline.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> used = new ArrayList<>(descriptor.attributes("*", "i18n-name-key"));
        for (String tag : List.of("description", "label", "tooltip", "title")) {
            used.addAll(descriptor.attributes(tag, "key"));
        }
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (String file : jar.entryNames()) {
            Pattern keys = file.endsWith(".vm") ? TEMPLATE_I18N : file.endsWith(".js") ? SCRIPT_I18N : null;
            if (keys != null) {
                Matcher matcher = keys.matcher(jar.text(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
            if (file.endsWith(".js")) {
                Matcher matcher = SCRIPT_COUNTED.matcher(jar.text(file));
                while (matcher.find()) {
                    counted.add(matcher.group(1));
                }
            }
        }
        // A counted message needs at least its "other" form, the one every language has.
        used.replaceAll(key -> counted.contains(key) ? key + ".other" : key);
        // Keys built from a value, such as sales-pipeline.validator.check.$check, are checked per value by unit tests.
        used.removeIf(key -> key.contains("$"));
        // A script that builds a key from a prefix and a value ('sales-pipeline.board.outcome.' + outcome) lists each
        // key of the prefix in its message table, which is checked above; the prefix needs keys under it.
        List<String> prefixes = used.stream().filter(key -> key.endsWith(".")).distinct().toList();
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty();
        assertThat(bundle.stringPropertyNames()).containsAll(used);
        for (String prefix : prefixes) {
            assertThat(bundle.stringPropertyNames()).as("keys under %s", prefix).anyMatch(key -> key.startsWith(prefix));
        }
    }

    private static List<String> classesNamedBy(PluginDescriptor plugin) {
        List<String> names = new ArrayList<>(plugin.attributes("*", "class"));
        for (String tag : List.of("entity", "upgradeTask", "validator-class", "condition-class", "function-class")) {
            names.addAll(plugin.texts(tag));
        }
        plugin.texts("method").forEach(method -> names.add(method.substring(0, method.indexOf('#'))));
        return names.stream().filter(name -> !name.startsWith("com.atlassian.")).toList();
    }

    private String pluginInfoParam(String name) {
        NodeList params = descriptor.root().getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (name.equals(param.getAttribute("name"))) {
                return param.getTextContent().trim();
            }
        }
        throw new AssertionError("plugin-info has no " + name + " param");
    }
}
