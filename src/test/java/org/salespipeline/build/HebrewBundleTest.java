package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.ChecklistItemTextKeys;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.checklist.ChecklistTemplates;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.TemplateTextKeys;

/** The Hebrew bundle says everything the English one says, with the same placeholders and the glossary's terms. */
class HebrewBundleTest {

    private static final Path ENGLISH = Path.of("i18n", "sales-pipeline.properties");
    private static final Path HEBREW = Path.of("i18n", "sales-pipeline_he.properties");
    private static final Path HEBREW_SOURCE = Path.of("i18n", "src", "sales-pipeline_he.utf8.properties");
    /** A message argument with its format type if it has one: {0} or {0,choice,…}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*(,\\s*\\w+)?");
    private static final Pattern HEBREW_LETTER = Pattern.compile("\\p{IsHebrew}");
    /** The product's name stays as it is in every language. */
    /**
     * The product's name, English as the language setting names it (each language by its own name), and a message
     * that is only its argument.
     */
    private static final Set<String> KEPT_IN_ENGLISH = Set.of("sales-pipeline.name", "sales-pipeline.gadget.author",
            "sales-pipeline.language.en", "sales-pipeline.host.failed");

    private static final Map<String, String> EN = read(ENGLISH, StandardCharsets.ISO_8859_1);
    private static final Map<String, String> HE = read(HEBREW, StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("the Hebrew bundle has exactly the keys of the English bundle, counted forms included")
    void sameKeys() {
        assertThat(HE.keySet()).containsExactlyInAnyOrderElementsOf(EN.keySet());
        assertThat(HE.keySet()).contains("sales-pipeline.gadget.stalled.days.one", "sales-pipeline.gadget.stalled.days.other");
    }

    @Test
    @DisplayName("every Hebrew message has the same set of placeholders as its English message")
    void samePlaceholders() {
        Map<String, String> differing = new TreeMap<>();
        EN.forEach((key, english) -> {
            if (!placeholders(english).equals(placeholders(HE.getOrDefault(key, "")))) {
                differing.put(key, english + " | " + HE.get(key));
            }
        });
        assertThat(differing).isEmpty();
        assertThat(placeholders(HE.get("sales-pipeline.admin.rebuild.state.failed"))).containsExactly("0", "1", "3");
    }

    @Test
    @DisplayName("every Hebrew message is written in Hebrew, except the product's name")
    void writtenInHebrew() {
        Set<String> notHebrew = new TreeSet<>();
        HE.forEach((key, text) -> {
            if (!KEPT_IN_ENGLISH.contains(key) && !HEBREW_LETTER.matcher(text).find()) {
                notHebrew.add(key);
            }
        });
        assertThat(notHebrew).isEmpty();
    }

    @Test
    @DisplayName("the bundle Jira reads is plain ASCII with \\u escapes and says exactly what its UTF-8 source says")
    void escapedFromItsSource() throws IOException {
        byte[] bytes = Files.readAllBytes(HEBREW);
        for (byte b : bytes) {
            assertThat(b).as("a byte of %s", HEBREW).isBetween((byte) 0, (byte) 127);
        }
        assertThat(HE).isEqualTo(read(HEBREW_SOURCE, StandardCharsets.UTF_8));
        assertThat(HE.get("sales-pipeline.template.stage.NEGOTIATION.name")).isEqualTo("משא ומתן");
    }

    @Test
    @DisplayName("Java finds the Hebrew bundle on the class path for the language code he and for Jira's legacy code iw")
    void resolvesForHeAndIw() {
        for (Locale hebrew : List.of(Locale.forLanguageTag("he"), new Locale("iw"), new Locale("he", "IL"))) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.sales-pipeline", hebrew, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.getString("sales-pipeline.gadget.velocity.win-rate")).as("%s", hebrew).isEqualTo("שיעור זכייה");
        }
        assertThat(ResourceBundle.getBundle("i18n.sales-pipeline", Locale.ROOT).getString("sales-pipeline.gadget.velocity.win-rate"))
                .isEqualTo("Win rate");
    }

    @Test
    @DisplayName("wherever an English message uses a glossary term, its Hebrew message uses the term's Hebrew")
    void glossaryTermsAreUsed() {
        HebrewGlossary glossary = HebrewGlossary.load();
        assertThat(glossary.terms()).hasSizeGreaterThan(30);
        assertThat(glossary.problems(EN, HE)).isEmpty();
        assertThat(glossary.unusedTerms(EN)).as("terms no English message uses").isEmpty();
    }

    @Test
    @DisplayName("a Hebrew message that leaves out a glossary term is reported with its key and the term")
    void aMissingTermIsReported() {
        Map<String, String> planted = new HashMap<>(HE);
        planted.put("sales-pipeline.gadget.velocity.win-rate", "אחוז הצלחה");
        planted.put("sales-pipeline.template.stage.QUALIFICATION.name", "הכשרת לידים");
        assertThat(HebrewGlossary.load().problems(EN, planted)).containsExactlyInAnyOrder(
                "sales-pipeline.gadget.velocity.win-rate: the English uses '\\bwin rate\\b', the Hebrew has none of"
                        + " [שיעור זכייה, שיעור הזכייה]",
                "sales-pipeline.template.stage.QUALIFICATION.name: the English uses '\\bqualification\\b', the Hebrew has"
                        + " none of [סינון]");
    }

    @Test
    @DisplayName("a glossary term scoped away from a key is not asked of it")
    void excludedKeysAreLeftOut() {
        HebrewGlossary glossary = HebrewGlossary.parse(List.of(
                "\\bpipeline\\b\tצינור\tsales-pipeline.,!sales-pipeline.name"));
        assertThat(glossary.problems(Map.of("sales-pipeline.name", "Sales Pipeline for Jira", "sales-pipeline.panel.title",
                "Sales pipeline"), Map.of("sales-pipeline.name", "Sales Pipeline for Jira", "sales-pipeline.panel.title",
                "Sales pipeline"))).containsExactly(
                "sales-pipeline.panel.title: the English uses '\\bpipeline\\b', the Hebrew has none of [צינור]");
    }

    @Test
    @DisplayName("the template keys of the English bundle hold the texts the shipped templates and checklists start with")
    void templateKeysMatchTheShippedTexts() {
        Map<String, String> shipped = new TreeMap<>();
        for (Stage stage : PipelineTemplate.SEVEN_STAGE.stages()) {
            shipped.put(TemplateTextKeys.name(stage).orElseThrow(), stage.name());
            shipped.put(TemplateTextKeys.guidance(stage).orElseThrow(), stage.guidance());
            shipped.put(TemplateTextKeys.exitCriteria(stage).orElseThrow(), stage.exitCriteria());
        }
        for (ChecklistTemplate template : ChecklistTemplates.defaults().all()) {
            for (ChecklistItem item : template.items()) {
                shipped.put(ChecklistItemTextKeys.text(template.stageKey(), item).orElseThrow(), item.text());
            }
        }
        for (PipelineTemplate template : PipelineTemplate.values()) {
            assertThat(PipelineTemplate.SEVEN_STAGE.stageKeys()).containsAll(template.stageKeys());
        }
        Map<String, String> inBundle = new TreeMap<>(EN);
        inBundle.keySet().removeIf(key -> !key.startsWith("sales-pipeline.template."));
        // As Jira shows them: each value read by MessageFormat, a doubled apostrophe as one.
        inBundle.replaceAll((key, value) -> new java.text.MessageFormat(value, java.util.Locale.ROOT).format(new Object[0]));
        assertThat(inBundle).isEqualTo(shipped);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2).replaceAll("\\s", "")));
        }
        return found;
    }

    private static Map<String, String> read(Path file, Charset charset) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, charset)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
