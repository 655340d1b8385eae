package org.salespipeline.demo.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;

/** Writes a history file in the format {@link HistoryFileReader} reads, one pipeline or deal per line. */
public final class HistoryFileWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private HistoryFileWriter() {
    }

    public static void write(HistoryFile file, Path target) {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(file, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write history file " + target, e);
        }
    }

    /** Writes the file to {@code writer} and flushes it, leaving it open. */
    public static void write(HistoryFile file, Writer writer) throws IOException {
        JsonGenerator json = JSON.createGenerator(writer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new OneItemPerLine());
        json.writeStartObject();
        json.writeArrayFieldStart("pipelines");
        for (PipelineSpec pipeline : file.pipelines()) {
            writePipeline(json, pipeline);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("deals");
        for (DealSpec deal : file.deals()) {
            writeDeal(json, deal);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
        writer.flush();
    }

    private static void writePipeline(JsonGenerator json, PipelineSpec pipeline) throws IOException {
        json.writeStartObject();
        json.writeStringField("project", pipeline.project());
        json.writeStringField("name", pipeline.name());
        json.writeStringField("template", pipeline.template());
        json.writeStringField("currency", pipeline.currency());
        json.writeEndObject();
    }

    private static void writeDeal(JsonGenerator json, DealSpec deal) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", deal.key());
        json.writeStringField("summary", deal.summary());
        json.writeStringField("created", deal.created().toString());
        if (deal.amount() != null) {
            json.writeFieldName("amount");
            writeAmount(json, deal.amount());
        }
        writeOptional(json, "owner", deal.owner());
        writeOptional(json, "closeDate", deal.closeDate());
        json.writeArrayFieldStart("history");
        // Status and field entries in time order; at one instant the status entry comes first.
        List<FieldChange> fields = deal.fieldChanges().stream().sorted(Comparator.comparing(FieldChange::at)).toList();
        int next = 0;
        for (StatusChange change : deal.history()) {
            while (next < fields.size() && fields.get(next).at().isBefore(change.at())) {
                writeField(json, fields.get(next++));
            }
            json.writeStartObject();
            json.writeStringField("at", change.at().toString());
            json.writeStringField("status", change.statusId());
            writeOptional(json, "reason", change.reason());
            json.writeEndObject();
        }
        while (next < fields.size()) {
            writeField(json, fields.get(next++));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeField(JsonGenerator json, FieldChange change) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", change.at().toString());
        json.writeStringField("field", change.field().argument());
        writeValue(json, "from", change.field(), change.from());
        writeValue(json, "to", change.field(), change.to());
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, String name, DealField field, String kept) throws IOException {
        if (kept == null) {
            return;
        }
        if (field == DealField.AMOUNT) {
            json.writeFieldName(name);
            writeAmount(json, DealField.amount(kept));
        } else {
            json.writeStringField(name, kept);
        }
    }

    // Whole amounts are written without a fraction, as people write them; the reader reads both alike.
    private static void writeAmount(JsonGenerator json, double amount) throws IOException {
        if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
            json.writeNumber((long) amount);
        } else {
            json.writeNumber(amount);
        }
    }

    private static void writeOptional(JsonGenerator json, String name, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }
}
