package org.salespipeline.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.history.StatusChange;

@DisplayName("Writing a history file")
class HistoryFileWriterTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final PipelineSpec ACME = new PipelineSpec("ACME", "Acme sales", "seven-stage", "USD");

    private final DealSpec full = new DealSpec(1, "ACME-1", "Globex \"gold\" renewal", CREATED, 12000.0, "admin",
            LocalDate.parse("2026-03-31"), List.of(new StatusChange(CREATED, "Prospecting"),
                    new StatusChange(CREATED.plusMillis(1500), "Closed Lost", "Price")));
    private final DealSpec bare = new DealSpec(2, "ACME-2", "Initech pilot", CREATED, null, null, null,
            List.of(new StatusChange(CREATED, "Qualification")));

    @Test
    @DisplayName("what is written reads back as the same data set")
    void roundTrip() throws IOException {
        HistoryFile file = new HistoryFile(List.of(ACME), List.of(full, bare));

        assertThat(reread(file)).isEqualTo(file);
    }

    @Test
    @DisplayName("field changes are written beside the status entries in time order and read back the same")
    void fieldChangesRoundTrip() throws IOException {
        DealSpec revised = new DealSpec(3, "ACME-3", "Fleet", CREATED, 15000.0, "admin", LocalDate.parse("2026-04-30"),
                List.of(new StatusChange(CREATED, "Prospecting"), new StatusChange(CREATED.plusSeconds(7_200), "Proposal")),
                List.of(org.salespipeline.history.FieldChange.closeDate(CREATED.plusSeconds(9_000),
                                LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30")),
                        org.salespipeline.history.FieldChange.amount(CREATED.plusSeconds(3_600), 12000.5, 15000.0)));
        HistoryFile file = new HistoryFile(List.of(ACME), List.of(revised));

        String text = text(file);
        assertThat(text).containsSubsequence("\"status\":\"Prospecting\"", "\"field\":\"amount\",\"from\":12000.5,\"to\":15000",
                "\"status\":\"Proposal\"", "\"field\":\"closeDate\",\"from\":\"2026-03-31\"");
        assertThat(reread(file).deals().get(0).fieldChanges()).containsExactlyInAnyOrderElementsOf(revised.fieldChanges());
    }

    @Test
    @DisplayName("each pipeline and each deal gets a line of its own")
    void oneItemPerLine() throws IOException {
        String text = text(new HistoryFile(List.of(ACME), List.of(full, bare)));

        assertThat(text.lines()).hasSize(6);
        assertThat(text.lines().toList().get(1))
                .isEqualTo("{\"project\":\"ACME\",\"name\":\"Acme sales\",\"template\":\"seven-stage\",\"currency\":\"USD\"}");
        assertThat(text.lines().toList().get(4)).startsWith("{\"key\":\"ACME-2\"").endsWith("}");
    }

    @Test
    @DisplayName("absent values are left out and whole amounts are written without a fraction")
    void compactValues() throws IOException {
        String text = text(new HistoryFile(List.of(ACME), List.of(full, bare)));

        assertThat(text).contains("\"amount\":12000,").doesNotContain("null");
        assertThat(text.lines().toList().get(4)).doesNotContain("amount", "owner", "closeDate", "reason");
    }

    @Test
    @DisplayName("fractional amounts keep their fraction")
    void fractionalAmount() throws IOException {
        DealSpec cents = new DealSpec(1, "ACME-1", "Pens", CREATED, 99.95, null, null, bare.history());

        assertThat(reread(new HistoryFile(List.of(ACME), List.of(cents))).deals().get(0).amount()).isEqualTo(99.95);
    }

    @Test
    @DisplayName("an empty data set is still a valid file")
    void empty() throws IOException {
        assertThat(text(new HistoryFile(List.of(), List.of()))).isEqualTo("{\"pipelines\":[],\"deals\":[]}\n");
    }

    @Test
    @DisplayName("a file saved to disk loads again")
    void toDisk(@TempDir Path directory) {
        HistoryFile file = new HistoryFile(List.of(ACME), List.of(full));
        Path path = directory.resolve("data.json");

        HistoryFileWriter.write(file, path);

        assertThat(HistoryFileReader.read(path)).isEqualTo(file);
    }

    private static HistoryFile reread(HistoryFile file) throws IOException {
        return HistoryFileReader.read(new StringReader(text(file)), "written file");
    }

    private static String text(HistoryFile file) throws IOException {
        StringWriter writer = new StringWriter();
        HistoryFileWriter.write(file, writer);
        return writer.toString();
    }
}
