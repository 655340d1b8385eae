package org.salespipeline.configuration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.salespipeline.pipeline.StageRules;

/** Makes keys for new stages (from their names) and ids for new checklist items, never reusing one in use. */
final class StageKeys {

    private StageKeys() {
    }

    /** An upper-case key such as DEMO_GIVEN from "Demo given", with a number added when it is taken. */
    static String fromName(String name, Set<String> taken) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        String base = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "STAGE" + (base.isEmpty() ? "" : "_" + base);
        }
        base = base.substring(0, Math.min(base.length(), StageRules.MAX_KEY_LENGTH - 4));
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "_" + n;
        }
        return key;
    }

    /** A fresh item id: a slug of the text and a random suffix, so that ticks of a removed item never carry over. */
    static String newItemId(String text, Set<String> taken) {
        String slug = (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.substring(0, Math.min(slug.length(), 40)).replaceAll("-+$", "");
        String id;
        do {
            id = (slug.isEmpty() ? "item" : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
        } while (taken.contains(id));
        return id;
    }
}
