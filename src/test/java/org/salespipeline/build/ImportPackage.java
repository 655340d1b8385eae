package org.salespipeline.build;

import java.util.ArrayList;
import java.util.List;

/** One clause of an OSGi Import-Package header: the package and its directives. */
record ImportPackage(String name, String directives) {

    boolean optional() {
        return directives.contains("resolution:=optional");
    }

    /** Splits a header at the commas that separate clauses (not those inside quoted version ranges). */
    static List<ImportPackage> parse(String header) {
        List<ImportPackage> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(clause(current.toString()));
        }
        return clauses;
    }

    private static ImportPackage clause(String text) {
        int semicolon = text.indexOf(';');
        return semicolon < 0
                ? new ImportPackage(text.trim(), "")
                : new ImportPackage(text.substring(0, semicolon).trim(), text.substring(semicolon + 1).trim());
    }
}
