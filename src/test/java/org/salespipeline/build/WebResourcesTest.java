package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.PluginDescriptor;

/** The descriptor is the one list of the app's scripts: each web resource brings every module its scripts name. */
class WebResourcesTest {

    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load();

    @Test
    @DisplayName("every module a script defines, depends on or requires is in its web resource or one that web resource depends on")
    void everyNamedModuleIsBrought() {
        WebResourceScripts scripts = new WebResourceScripts(DESCRIPTOR, WebResourcesTest::script);
        assertThat(scripts.problems()).isEmpty();
        assertThat(scripts.named("deal-panel-resources")).containsKey("js/panel/main.js");
        assertThat(scripts.available("deal-panel-resources")).contains("sales-pipeline/common/rest", "sales-pipeline/panel/panel");
    }

    @Test
    @DisplayName("a web resource that lost its dependency on the common scripts is reported, module by module")
    void aMissingDependencyIsReported() {
        String descriptorText = resource(PluginDescriptor.RESOURCE);
        String planted = descriptorText.replaceFirst(
                "(<web-resource key=\"deal-panel-resources\"[\\s\\S]*?)<dependency>[^<]*:common-scripts</dependency>", "$1");
        assertThat(planted).isNotEqualTo(descriptorText);
        PluginDescriptor broken = PluginDescriptor.parse(new java.io.ByteArrayInputStream(planted.getBytes(StandardCharsets.UTF_8)));
        assertThat(new WebResourceScripts(broken, WebResourcesTest::script).problems())
                .contains("js/panel/bant.js in web-resource deal-panel-resources names sales-pipeline/common/dom,"
                        + " which neither it nor its dependencies define")
                .allMatch(problem -> problem.contains("deal-panel-resources") && problem.contains("sales-pipeline/common/"));
    }

    @Test
    @DisplayName("every script of the app is listed in a web resource, and each web resource lists a script once")
    void everyScriptIsListed() throws IOException, URISyntaxException {
        List<String> listed = DESCRIPTOR.webResourceKeys().stream()
                .flatMap(key -> DESCRIPTOR.ownWebResourceLocations(key).stream()).filter(location -> location.endsWith(".js")).toList();
        Path js = Path.of(WebResourcesTest.class.getClassLoader().getResource("js").toURI());
        try (Stream<Path> files = Files.walk(js)) {
            List<String> scripts = files.filter(file -> file.toString().endsWith(".js"))
                    .map(file -> "js/" + js.relativize(file).toString().replace('\\', '/')).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(scripts);
        }
        DESCRIPTOR.webResourceKeys().forEach(key -> assertThat(DESCRIPTOR.webResourceLocations(key))
                .as("scripts a page gets for %s", key).doesNotHaveDuplicates());
    }

    @Test
    @DisplayName("each dashboard item's AMD module is defined by a web resource of the dashboard's context")
    void dashboardItemsAreDefined() {
        WebResourceScripts scripts = new WebResourceScripts(DESCRIPTOR, WebResourcesTest::script);
        List<String> dashboard = DESCRIPTOR.webResourcesInContext("atl.dashboard");
        assertThat(dashboard).containsExactly("dashboard-gadgets", "time-in-stage-gadget", "flow-gadget",
                "forecast-range-gadget");
        assertThat(DESCRIPTOR.texts("amd-module")).hasSize(9).allMatch(module -> dashboard.stream()
                .anyMatch(key -> scripts.available(key).contains(module)));
    }

    @Test
    @DisplayName("no script builds markup from text: the one DOM helper sets text and attributes only")
    void noScriptSetsMarkup() {
        DESCRIPTOR.webResourceKeys().forEach(key -> DESCRIPTOR.ownWebResourceLocations(key).stream()
                .filter(location -> location.endsWith(".js"))
                .forEach(location -> assertThat(script(location)).as(location)
                        .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")));
    }

    private static String script(String location) {
        return resource(location);
    }

    private static String resource(String name) {
        try (InputStream in = WebResourcesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
