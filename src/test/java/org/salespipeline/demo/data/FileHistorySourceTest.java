package org.salespipeline.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.StatusChange;

@DisplayName("A history file as the source of a rebuild")
class FileHistorySourceTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

    // Issue ids deliberately out of file order, and two projects interleaved.
    private final FileHistorySource source = new FileHistorySource(new HistoryFile(
            List.of(new PipelineSpec("ACME", "Acme sales", "seven-stage", "USD"),
                    new PipelineSpec("GLOBEX", "Globex sales", "five-stage", "EUR")),
            List.of(deal(3, "ACME-3"), deal(1, "ACME-1"), deal(2, "GLOBEX-1"), deal(5, "ACME-5"), deal(4, "ACME-4"))));

    @Test
    @DisplayName("counts the deals of one project")
    void count() {
        assertThat(source.count("ACME")).isEqualTo(4);
        assertThat(source.count("GLOBEX")).isEqualTo(1);
        assertThat(source.count("NONE")).isZero();
    }

    @Test
    @DisplayName("delivers a project's deals in ascending issue id")
    void ascending() {
        assertThat(delivered("ACME", 0, Integer.MAX_VALUE)).containsExactly(1L, 3L, 4L, 5L);
    }

    @Test
    @DisplayName("resumes after the last issue id delivered")
    void resumes() {
        assertThat(delivered("ACME", 3, Integer.MAX_VALUE)).containsExactly(4L, 5L);
        assertThat(delivered("ACME", 2, Integer.MAX_VALUE)).containsExactly(3L, 4L, 5L);
        assertThat(delivered("ACME", 5, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    @DisplayName("stops as soon as the consumer returns false")
    void stops() {
        assertThat(delivered("ACME", 0, 2)).containsExactly(1L, 3L);
    }

    @Test
    @DisplayName("delivers nothing for a project the file does not have")
    void unknownProject() {
        assertThat(delivered("NONE", 0, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    @DisplayName("delivers each deal's facts with its whole history")
    void wholeDeal() {
        List<DealChanges> deals = new ArrayList<>();
        source.deals("GLOBEX", 0, deals::add);

        assertThat(deals).singleElement().satisfies(d -> {
            assertThat(d.facts().issueKey()).isEqualTo("GLOBEX-1");
            assertThat(d.changes()).extracting(c -> c.change().statusId()).containsExactly("Prospecting", "Proposal");
        });
    }

    private List<Long> delivered(String project, long after, int wanted) {
        List<Long> ids = new ArrayList<>();
        source.deals(project, after, deal -> {
            ids.add(deal.facts().issueId());
            return ids.size() < wanted;
        });
        return ids;
    }

    private static DealSpec deal(long issueId, String key) {
        return new DealSpec(issueId, key, "Deal " + key, CREATED, 1000.0, "admin", null, List.of(
                new StatusChange(CREATED, "Prospecting"), new StatusChange(CREATED.plusSeconds(60), "Proposal")));
    }
}
