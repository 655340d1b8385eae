package org.salespipeline.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What one forked phase measured, handed back to the benchmark as a properties file. */
final class PhaseResults {

    private final Properties values = new Properties();

    PhaseResults put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
        return this;
    }

    PhaseResults putTimings(String key, Timings timings) {
        return put(key + ".p50", timings.percentileMillis(50)).put(key + ".p95", timings.percentileMillis(95))
                .put(key + ".runs", timings.count());
    }

    String text(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("A phase did not report " + key);
        }
        return value;
    }

    double number(String key) {
        return Double.parseDouble(text(key));
    }

    PhaseResults merge(PhaseResults other) {
        values.putAll(other.values);
        return this;
    }

    void write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhaseResults read(Path file) {
        PhaseResults results = new PhaseResults();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            results.values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }
}
