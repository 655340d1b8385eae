package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.jira.system.HostApiReferences;

/**
 * The Jira 10.3 jar: every check of {@link BundleIT} against its own allow-list, and that it is the Jira 11.3 jar
 * with the javax names of the four APIs Platform 7 exports under javax, and its own version, and nothing else.
 */
class Jira10BundleIT extends BundleIT {

    /** The Jakarta packages whose javax counterparts Platform 7 exports, and their sub-packages. */
    private static final Pattern JAKARTA = Pattern.compile("jakarta[./](servlet|ws[./]rs|inject|annotation)\\b");
    private static final Pattern JAKARTA_TYPE = Pattern.compile("jakarta/(servlet|ws/rs|inject|annotation)(/[\\w$]+)+");
    private static final Pattern JAVAX_TYPE = Pattern.compile("javax/(servlet|ws/rs|inject|annotation)(/[\\w$]+)+");
    private static final String BUILD_PROPERTIES = "org/salespipeline/build.properties";

    private BundleJar jira11;

    @Override
    String bundleFileProperty() {
        return "bundle10.file";
    }

    @Override
    String allowListResource() {
        return ImportAllowList.JIRA10_RESOURCE;
    }

    @BeforeAll
    void openJira11Jar() {
        jira11 = BundleJar.fromProperty("bundle.file");
    }

    @AfterAll
    void closeJira11Jar() throws IOException {
        jira11.close();
    }

    @Test
    @DisplayName("no class file's constant pool and no resource names jakarta.servlet, .ws.rs, .inject or .annotation")
    void noJakarta() {
        List<String> classes = jar.entryNames().stream().filter(name -> name.endsWith(".class")).toList();
        assertThat(classes).hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (String name : jar.entryNames()) {
            // A class's constant-pool entries, or a resource's lines, read byte for byte (every entry, whatever its kind).
            List<String> texts = name.endsWith(".class") ? ClassFileStrings.of(jar.bytes(name))
                    : new String(jar.bytes(name), StandardCharsets.ISO_8859_1).lines().toList();
            for (String text : texts) {
                if (JAKARTA.matcher(text).find()) {
                    found.add(name + ": " + text.strip());
                }
            }
        }
        assertThat(found).as("entries that name a Jakarta API").isEmpty();
    }

    @Test
    @DisplayName("each class that used a Jakarta API in the Jira 11.3 jar uses the same types under javax here")
    void classesUseTheJavaxApis() {
        int renamed = 0;
        for (String name : jira11.entryNames().stream().filter(entry -> entry.endsWith(".class")).toList()) {
            TreeSet<String> jakarta = types(JAKARTA_TYPE, ClassFileStrings.of(jira11.bytes(name)));
            TreeSet<String> javax = types(JAVAX_TYPE, ClassFileStrings.of(jar.bytes(name)));
            TreeSet<String> expected = new TreeSet<>(jakarta.stream().map(type -> "javax" + type.substring(7)).toList());
            assertThat(javax).as(name).containsExactlyElementsOf(expected);
            renamed += jakarta.isEmpty() ? 0 : 1;
        }
        assertThat(renamed).as("classes that use a Jakarta API in the Jira 11.3 jar").isGreaterThanOrEqualTo(10);
    }

    @Test
    @DisplayName("the same entries as the Jira 11.3 jar, byte for byte, but the renamed classes, the manifest, descriptor, build info and host API list")
    void otherwiseTheSameJar() {
        assertThat(new TreeSet<>(jar.entryNames())).containsExactlyElementsOf(new TreeSet<>(jira11.entryNames()));
        List<String> changed = new ArrayList<>();
        for (String name : jira11.entryNames()) {
            if (!Arrays.equals(jar.bytes(name), jira11.bytes(name))) {
                changed.add(name);
            }
        }
        List<String> expected = new ArrayList<>(List.of("META-INF/MANIFEST.MF", PluginDescriptor.RESOURCE, BUILD_PROPERTIES,
                HostApiReferences.RESOURCE));
        for (String name : jira11.entryNames()) {
            if (name.endsWith(".class") && !types(JAKARTA_TYPE, ClassFileStrings.of(jira11.bytes(name))).isEmpty()) {
                expected.add(name);
            }
        }
        assertThat(changed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jar.text(HostApiReferences.RESOURCE)).as("the host API list, with the same javax names as the classes")
                .isEqualTo(jira11.text(HostApiReferences.RESOURCE)
                        .replaceAll("jakarta/(servlet|ws/rs|inject|annotation)/", "javax/$1/"));
    }

    @Test
    @DisplayName("Import-Package is the Jira 11.3 jar's with javax for the four APIs, same directives, versions 0")
    void importsAreTheRenamedJira11Imports() {
        List<ImportPackage> jira10Imports = ImportPackage.parse(jar.manifest().getValue("Import-Package"));
        List<ImportPackage> renamed = ImportPackage.parse(jira11.manifest().getValue("Import-Package")).stream()
                .map(clause -> new ImportPackage(javax(clause.name()), clause.directives())).toList();
        assertThat(jira10Imports).containsExactlyInAnyOrderElementsOf(renamed);
        assertThat(jira10Imports.stream().map(ImportPackage::name)).contains("javax.ws.rs", "javax.ws.rs.core",
                "javax.ws.rs.ext", "javax.inject", "javax.servlet.http");
        jira10Imports.forEach(clause -> assertThat(clause.directives()).as(clause.name()).containsPattern("version=\"?0\"?"));
    }

    @Test
    @DisplayName("the allow-list is the Jira 11.3 jar's, with the four APIs under javax, each with its reason")
    void allowListIsTheRenamedJira11List() {
        ImportAllowList jira10List = ImportAllowList.load(allowListResource());
        ImportAllowList jira11List = ImportAllowList.load(super.allowListResource());
        assertThat(jira10List.entries().keySet()).containsExactlyInAnyOrderElementsOf(jira11List.entries().keySet()
                .stream().map(Jira10BundleIT::javax).toList());
        jira11List.entries().values().forEach(entry -> {
            ImportAllowList.Entry renamed = jira10List.entries().get(javax(entry.name()));
            assertThat(renamed.resolution()).as(entry.name()).isEqualTo(entry.resolution());
            if (entry.name().equals(javax(entry.name()))) {
                assertThat(renamed.reason()).as(entry.name()).isEqualTo(entry.reason());
            }
        });
    }

    @Test
    @DisplayName("the manifest differs from the Jira 11.3 jar's only in Import-Package and its Bundle-Version X.Y.Z.jira10")
    void manifestDiffersOnlyInImportsAndVersion() {
        Map<String, String> jira10Manifest = attributes(jar.manifest());
        Map<String, String> jira11Manifest = attributes(jira11.manifest());
        assertThat(jira10Manifest.keySet()).containsExactlyInAnyOrderElementsOf(jira11Manifest.keySet());
        jira11Manifest.forEach((header, value) -> {
            if (!List.of("Import-Package", "Bundle-Version").contains(header)) {
                assertThat(jira10Manifest.get(header)).as(header).isEqualTo(value);
            }
        });
        String[] jira11Version = jira11Manifest.get("Bundle-Version").split("\\.");
        assertThat(jira10Manifest.get("Bundle-Version"))
                .isEqualTo(jira11Version[0] + "." + jira11Version[1] + "." + jira11Version[2] + ".jira10");
    }

    @Test
    @DisplayName("one app across the upgrade: the same plugin key and Active Objects namespace and entities, the version X.Y.Z-jira10")
    void sameAppOwnVersion() throws IOException {
        PluginDescriptor jira11Descriptor = PluginDescriptor.parse(jira11.open(PluginDescriptor.RESOURCE));
        String key = jira11Descriptor.root().getAttribute("key");
        assertThat(descriptor.root().getAttribute("key")).isEqualTo(key);
        assertThat(jar.manifest().getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(descriptor.attributes("ao", "namespace")).containsExactly(key)
                .isEqualTo(jira11Descriptor.attributes("ao", "namespace"));
        assertThat(descriptor.texts("entity")).isNotEmpty().isEqualTo(jira11Descriptor.texts("entity"));

        String version = jira11Descriptor.texts("version").get(0);
        assertThat(descriptor.texts("version")).containsExactly(version + "-jira10");
        assertThat(jar.text(PluginDescriptor.RESOURCE)).as("the descriptor, but for the version")
                .isEqualTo(jira11.text(PluginDescriptor.RESOURCE)
                        .replace("<version>" + version + "</version>", "<version>" + version + "-jira10</version>"));
        Properties jira10Build = properties(jar.text(BUILD_PROPERTIES));
        Properties jira11Build = properties(jira11.text(BUILD_PROPERTIES));
        assertThat(jira10Build.getProperty("version")).isEqualTo(version + "-jira10");
        assertThat(jira10Build.getProperty("key")).isEqualTo(jira11Build.getProperty("key")).isEqualTo(key);
        assertThat(jira10Build.getProperty("name")).isEqualTo(jira11Build.getProperty("name"));
    }

    private static TreeSet<String> types(Pattern pattern, List<String> strings) {
        TreeSet<String> types = new TreeSet<>();
        for (String text : strings) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                types.add(matcher.group());
            }
        }
        return types;
    }

    private static String javax(String pkg) {
        return JAKARTA.matcher(pkg).lookingAt() ? "javax" + pkg.substring("jakarta".length()) : pkg;
    }

    private static Map<String, String> attributes(Attributes attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        attributes.forEach((name, value) -> map.put(name.toString(), value.toString()));
        return map;
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
