package org.salespipeline.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The packages the bundle may import (src/test/resources/bundle/import-package-allowlist.txt), each mandatory or optional, with its reason. */
record ImportAllowList(Map<String, Entry> entries) {

    static final String RESOURCE = "/bundle/import-package-allowlist.txt";
    /** The Jira 10.3 jar's: the same packages, with the javax names of the four APIs Platform 7 exports under javax. */
    static final String JIRA10_RESOURCE = "/bundle/import-package-allowlist-jira10.txt";

    record Entry(String name, String resolution, String reason) {

        boolean optional() {
            return "optional".equals(resolution);
        }
    }

    static ImportAllowList load() {
        return load(RESOURCE);
    }

    /** An allow-list of the same format, such as the Jira 10.3 jar's. */
    static ImportAllowList load(String resource) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = ImportAllowList.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                String name = parts[0].trim();
                entries.put(name, new Entry(name, parts.length > 1 ? parts[1].trim() : "",
                        parts.length > 2 ? parts[2].trim() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportAllowList(entries);
    }

    List<String> mandatory() {
        return entries.values().stream().filter(entry -> !entry.optional()).map(Entry::name).toList();
    }

    List<String> optional() {
        return entries.values().stream().filter(Entry::optional).map(Entry::name).toList();
    }
}
