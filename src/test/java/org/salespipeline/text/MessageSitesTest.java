package org.salespipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the core and the adapters tell users is a message key of the bundle, never an English sentence: every call
 * that makes a message (a problem, a REST error, a qualification failure, a system check's finding, a message itself)
 * is read from the main
 * sources, and each string literal in its arguments must be a key of the default bundle, a key prefix that bundle
 * has keys under, a plain field path or value without spaces, or a separator without letters; a key given with its arguments gets as many as its
 * text has placeholders.
 */
class MessageSitesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** The calls that make something a user reads. */
    private static final Pattern SITE = Pattern.compile("(new Problem|Problem\\.of|new QualificationFailure|new FieldError"
            + "|new RestException\\.FieldError|FieldError\\.of|RestException\\.of|RestException\\.badRequest"
            + "|RestException\\.notFound|Message\\.of|new Message|new DealUpdateRefusedException|new Move\\.Blocker"
            + "|new SystemReport\\.Feature)\\(");
    /** Calls whose first arguments are names the code reads, not text a user reads: how many to pass over. */
    private static final Map<String, Integer> NAMES_FIRST = Map.of("new SystemReport.Feature", 1);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One message-making call: where it is, and its arguments split at their top level. */
    record Site(String where, String call, List<String> arguments) {
    }

    @Test
    @DisplayName("no message-making call in the main sources passes an English sentence, only keys the bundle has")
    void onlyKeys() {
        Properties bundle = BundleTexts.load(Path.of("i18n/sales-pipeline.properties"));
        List<String> wrong = new ArrayList<>();
        List<Site> sites = sites(SOURCES);
        assertThat(sites).as("message-making calls found").hasSizeGreaterThan(100);
        for (Site site : sites) {
            List<String> arguments = site.arguments();
            for (String argument : arguments.subList(Math.min(arguments.size(), NAMES_FIRST.getOrDefault(site.call(), 0)),
                    arguments.size())) {
                Matcher literal = LITERAL.matcher(argument);
                while (literal.find()) {
                    String text = literal.group(1);
                    boolean prefix = argument.substring(literal.end()).strip().startsWith("+");
                    if (text.startsWith(Message.PREFIX)) {
                        boolean known = prefix ? bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(text))
                                : bundle.containsKey(text);
                        if (!known) {
                            wrong.add(site.where() + ": no key " + text + (prefix ? "…" : "") + " in the bundle");
                        }
                    } else if (text.chars().anyMatch(Character::isWhitespace) && text.chars().anyMatch(Character::isLetter)) {
                        wrong.add(site.where() + ": English text \"" + text + "\" passed to " + site.call());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("a message key given with its arguments gets exactly as many as its text has placeholders")
    void argumentsMatchPlaceholders() {
        Properties bundle = BundleTexts.load(Path.of("i18n/sales-pipeline.properties"));
        List<String> wrong = new ArrayList<>();
        for (Site site : sites(SOURCES)) {
            List<String> arguments = site.arguments();
            int keyAt = site.call().contains("Message") ? 0 : site.call().equals("RestException.of") ? 2
                    : site.call().equals("new QualificationFailure") || site.call().equals("new DealUpdateRefusedException")
                    || site.call().contains("Blocker") ? -1 : 1;
            if (keyAt < 0 || arguments.size() <= keyAt) {
                continue;
            }
            Matcher literal = LITERAL.matcher(arguments.get(keyAt).strip());
            if (!literal.matches() || !bundle.containsKey(literal.group(1))) {
                continue;
            }
            int given = arguments.size() - keyAt - 1;
            int wanted = Placeholders.count(bundle.getProperty(literal.group(1)));
            if (given != wanted) {
                wrong.add(site.where() + ": " + literal.group(1) + " has " + wanted + " placeholders, given " + given);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every message-making call of the sources under the folder. */
    static List<Site> sites(Path folder) {
        List<Site> sites = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = SITE.matcher(source);
                while (call.find()) {
                    if (isDeclaration(source, call.start())) {
                        continue;
                    }
                    int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                    sites.add(new Site(folder.relativize(file) + ":" + line, call.group(1), arguments(source, call.end())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sites;
    }

    /** Whether the match is a method's own declaration ({@code static Problem of(}) rather than a call. */
    private static boolean isDeclaration(String source, int at) {
        int lineStart = source.lastIndexOf('\n', at) + 1;
        String before = source.substring(lineStart, at);
        return before.contains("static ") || before.contains("public ") && !before.contains("return");
    }

    /** The arguments of the call whose opening parenthesis ends at {@code from}, split at top-level commas. */
    static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        arguments.add(current.toString().strip());
                    }
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("Unclosed call at " + from);
    }
}
