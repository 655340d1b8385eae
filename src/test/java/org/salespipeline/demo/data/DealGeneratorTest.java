package org.salespipeline.demo.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;

@DisplayName("Generating deals")
class DealGeneratorTest {

    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<String> STATUSES = PipelineTemplate.SEVEN_STAGE.statusNames();
    private static final int OPEN_STAGES = PipelineTemplate.SEVEN_STAGE.stageKeys().size();
    private static final HistoryFile DATA = DealGenerator.generate(2026, 5_000, "ACME", END);

    @Test
    @DisplayName("the same seed gives the same data set, another seed another one")
    void deterministic() {
        assertThat(DealGenerator.generate(7, 300, "ACME", END)).isEqualTo(DealGenerator.generate(7, 300, "ACME", END));
        assertThat(DealGenerator.generate(8, 300, "ACME", END)).isNotEqualTo(DealGenerator.generate(7, 300, "ACME", END));
    }

    @Test
    @DisplayName("there is one seven-stage pipeline in dollars for the project")
    void pipeline() {
        assertThat(DATA.pipelines()).containsExactly(new PipelineSpec("ACME", "ACME sales", "seven-stage", "USD"));
    }

    @Test
    @DisplayName("deals are numbered in order of creation, with issue ids as a history file would give them")
    void numbering() {
        for (int i = 0; i < DATA.deals().size(); i++) {
            DealSpec deal = DATA.deals().get(i);
            assertThat(deal.issueId()).isEqualTo(i + 1L);
            assertThat(deal.key()).isEqualTo("ACME-" + (i + 1));
            if (i > 0) {
                assertThat(deal.created()).isAfterOrEqualTo(DATA.deals().get(i - 1).created());
            }
        }
    }

    @Test
    @DisplayName("deals are created over the two years before the end, and every change happens before the end, in time order")
    void timeline() {
        for (DealSpec deal : DATA.deals()) {
            assertThat(deal.created()).isBetween(END.minus(Duration.ofDays(730)), END.minusSeconds(1));
            assertThat(deal.history().get(0).at()).isEqualTo(deal.created());
            assertThat(deal.history()).extracting(StatusChange::at).isSorted().doesNotHaveDuplicates()
                    .allMatch(at -> at.isBefore(END));
        }
    }

    @Test
    @DisplayName("deals average about ten status changes")
    void changesPerDeal() {
        double average = DATA.deals().stream().mapToInt(d -> d.history().size()).average().orElseThrow();

        assertThat(average).isBetween(8.0, 12.0);
    }

    @Test
    @DisplayName("of the closed deals about 30 % are won, 50 % lost and 20 % disqualified")
    void outcomeMix() {
        Map<String, Long> closed = DATA.deals().stream().map(DealGeneratorTest::currentStatus)
                .filter(status -> STATUSES.indexOf(status) >= OPEN_STAGES)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        double total = closed.values().stream().mapToLong(Long::longValue).sum();

        assertThat(closed.get("Closed Won") / total).isCloseTo(0.30, within(0.05));
        assertThat(closed.get("Closed Lost") / total).isCloseTo(0.50, within(0.05));
        assertThat(closed.get("Disqualified") / total).isCloseTo(0.20, within(0.05));
    }

    @Test
    @DisplayName("histories hold every kind of move: forward, backward, skips and reopened closed deals")
    void kindsOfMoves() {
        assertThat(share(deal -> hasMove(deal, (from, to) -> to == from + 1))).isGreaterThan(0.9);
        assertThat(share(deal -> hasMove(deal, (from, to) -> to < from && to < OPEN_STAGES && from < OPEN_STAGES)))
                .isBetween(0.2, 0.9);
        assertThat(share(deal -> hasMove(deal, (from, to) -> to > from + 1 && to < OPEN_STAGES))).isBetween(0.05, 0.9);
        assertThat(share(deal -> hasMove(deal, (from, to) -> from >= OPEN_STAGES && to < OPEN_STAGES)))
                .isBetween(0.05, 0.5);
    }

    @Test
    @DisplayName("some deals are still open at the end, and some of those have slipped past their expected close")
    void openAndSlipped() {
        List<DealSpec> open = DATA.deals().stream()
                .filter(deal -> STATUSES.indexOf(currentStatus(deal)) < OPEN_STAGES).toList();
        LocalDate today = LocalDate.ofInstant(END, ZoneOffset.UTC);

        assertThat(open.size() / (double) DATA.deals().size()).isBetween(0.03, 0.3);
        assertThat(open).anyMatch(deal -> deal.closeDate().isBefore(today))
                .anyMatch(deal -> deal.closeDate().isAfter(today));
    }

    @Test
    @DisplayName("every change into Closed Lost or Disqualified carries a reason, and no other change does")
    void reasons() {
        List<StatusChange> changes = DATA.deals().stream().flatMap(deal -> deal.history().stream()).toList();

        assertThat(changes).allMatch(change -> (change.reason() != null)
                == (change.statusId().equals("Closed Lost") || change.statusId().equals("Disqualified")));
        assertThat(changes).extracting(StatusChange::reason).contains("Price", "Chose a competitor", "No budget",
                "No decision-maker reached");
        assertThat(changes).filteredOn(change -> change.statusId().equals("Closed Lost"))
                .as("every lost reason is an option of the Lost reason field")
                .allMatch(change -> org.salespipeline.provisioning.DealFieldSpecs.LOST_REASONS.contains(change.reason()));
        assertThat(changes).filteredOn(change -> change.statusId().equals("Disqualified"))
                .as("every disqualification reason is an option of its field").allMatch(change ->
                        org.salespipeline.provisioning.DealFieldSpecs.DISQUALIFICATION_REASONS.contains(change.reason()));
    }

    @Test
    @DisplayName("amounts are positive whole numbers with a median around twenty thousand")
    void amounts() {
        List<Double> amounts = DATA.deals().stream().map(DealSpec::amount).sorted().toList();

        assertThat(amounts).allMatch(amount -> amount > 0 && amount == Math.rint(amount));
        assertThat(amounts.get(amounts.size() / 2)).isBetween(15_000.0, 25_000.0);
        assertThat(amounts.get(amounts.size() - 1)).isGreaterThan(100_000.0);
    }

    @Test
    @DisplayName("deals are shared among twenty owners, the first of whom may be given")
    void owners() {
        assertThat(DATA.deals().stream().map(DealSpec::owner).distinct()).hasSize(20);

        List<String> owners = DealGenerator.ownersStartingWith("admin", "rep");
        HistoryFile demo = DealGenerator.generate(1, 1_000, "ACME", END, owners);

        assertThat(owners).hasSize(20).startsWith("admin", "rep").doesNotHaveDuplicates();
        assertThat(demo.deals().stream().map(DealSpec::owner).distinct()).hasSize(20).contains("admin", "rep");
    }

    @Test
    @DisplayName("every deal has a summary naming a customer and a purchase")
    void summaries() {
        assertThat(DATA.deals()).extracting(DealSpec::summary).allMatch(summary -> summary.split(" ").length >= 3);
        assertThat(DATA.deals().stream().map(DealSpec::summary).distinct().count()).isGreaterThan(1_000);
    }

    @Test
    @DisplayName("the data set is a valid history file: saved and read back it is the same")
    void roundTrip() throws IOException {
        StringWriter text = new StringWriter();
        HistoryFileWriter.write(DATA, text);

        assertThat(HistoryFileReader.read(new StringReader(text.toString()), "generated")).isEqualTo(DATA);
    }

    /** A move between two statuses, by their index among the template's status names. */
    private interface Move {
        boolean matches(int from, int to);
    }

    private static boolean hasMove(DealSpec deal, Move move) {
        for (int i = 1; i < deal.history().size(); i++) {
            int from = STATUSES.indexOf(deal.history().get(i - 1).statusId());
            if (move.matches(from, STATUSES.indexOf(deal.history().get(i).statusId()))) {
                return true;
            }
        }
        return false;
    }

    private static double share(Predicate<DealSpec> condition) {
        return DATA.deals().stream().filter(condition).count() / (double) DATA.deals().size();
    }

    private static String currentStatus(DealSpec deal) {
        return deal.history().get(deal.history().size() - 1).statusId();
    }

    @Test
    @DisplayName("amounts are revised at proposal and negotiation, close dates pushed out far more often than pulled in,"
            + " and each field's last change sets today's value")
    void fieldRevisions() {
        List<org.salespipeline.history.FieldChange> changes = DATA.deals().stream()
                .flatMap(deal -> deal.fieldChanges().stream()).toList();
        long pushes = changes.stream().filter(c -> c.field() == org.salespipeline.history.DealField.CLOSE_DATE)
                .filter(c -> c.to().compareTo(c.from()) > 0).count();
        long pulls = changes.stream().filter(c -> c.field() == org.salespipeline.history.DealField.CLOSE_DATE)
                .filter(c -> c.to().compareTo(c.from()) < 0).count();

        assertThat(changes.size()).as("field changes per deal").isGreaterThan(DATA.deals().size());
        assertThat(pushes).isGreaterThan(2 * pulls);
        assertThat(pulls).isPositive();
        for (DealSpec deal : DATA.deals()) {
            for (org.salespipeline.history.FieldChange change : deal.fieldChanges()) {
                if (change.field() == org.salespipeline.history.DealField.AMOUNT) {
                    StatusChange entered = deal.history().stream().filter(s -> !s.at().isAfter(change.at()))
                            .reduce((a, b) -> b).orElseThrow();
                    assertThat(entered.statusId()).as(deal.key()).isIn("Proposal", "Negotiation");
                }
            }
            org.salespipeline.metrics.DealRecord record = deal.toRecord();
            assertThat(record.amountBefore(END.plusSeconds(1))).as(deal.key()).isEqualTo(deal.amount());
            assertThat(record.closeDateBefore(END.plusSeconds(1))).as(deal.key()).isEqualTo(deal.closeDate());
        }
    }
}
