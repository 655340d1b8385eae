package org.salespipeline.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The Hebrew terms of the sales pipeline (i18n/glossary-he.tsv) and the check that the Hebrew bundle uses them. */
record HebrewGlossary(List<Term> terms) {

    static final Path FILE = Path.of("i18n", "glossary-he.tsv");

    /** One term: the English it stands for, the Hebrew forms that may carry it, and the keys it applies to. */
    record Term(Pattern english, List<String> hebrew, List<String> keyPrefixes, List<String> excludedPrefixes) {

        boolean appliesTo(String key, String englishText) {
            return keyPrefixes.stream().anyMatch(key::startsWith)
                    && excludedPrefixes.stream().noneMatch(key::startsWith)
                    && english.matcher(englishText).find();
        }

        boolean isIn(String hebrewText) {
            return hebrew.stream().anyMatch(hebrewText::contains);
        }
    }

    static HebrewGlossary load() {
        try {
            return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HebrewGlossary parse(List<String> lines) {
        List<Term> terms = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException("A glossary line needs three tab-separated columns: " + line);
            }
            List<String> scope = Arrays.asList(columns[2].split(","));
            terms.add(new Term(Pattern.compile(columns[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    List.of(columns[1].split("\\|")),
                    scope.stream().filter(p -> !p.startsWith("!")).toList(),
                    scope.stream().filter(p -> p.startsWith("!")).map(p -> p.substring(1)).toList()));
        }
        return new HebrewGlossary(List.copyOf(terms));
    }

    /** Every key whose English text uses a term and whose Hebrew text carries none of the term's Hebrew forms. */
    List<String> problems(Map<String, String> english, Map<String, String> hebrew) {
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            english.forEach((key, text) -> {
                if (term.appliesTo(key, text) && !term.isIn(hebrew.getOrDefault(key, ""))) {
                    problems.add(key + ": the English uses '" + term.english().pattern() + "', the Hebrew has none of "
                            + term.hebrew());
                }
            });
        }
        return problems;
    }

    /** Terms that no English message uses: a glossary line that checks nothing. */
    List<String> unusedTerms(Map<String, String> english) {
        return terms.stream()
                .filter(term -> english.entrySet().stream().noneMatch(e -> term.appliesTo(e.getKey(), e.getValue())))
                .map(term -> term.english().pattern())
                .toList();
    }
}
