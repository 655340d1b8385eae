package org.salespipeline.demo.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;

@DisplayName("Reading a history file")
class HistoryFileReaderTest {

    private static final String EXAMPLE = """
            {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
             "deals":[{"key":"ACME-1","summary":"Globex renewal","created":"2026-01-05T09:00:00Z","amount":12000,
                       "owner":"admin","closeDate":"2026-03-31",
                       "history":[{"at":"2026-01-05T09:00:00Z","status":"Prospecting"},
                                  {"at":"2026-02-01T08:00:00Z","status":"Closed Lost","reason":"Price"}]}]}
            """;

    // Each value on a line of its own, so that every problem has a line to point at.
    private static final String GOOD = """
            {"pipelines":[
              {"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}
            ],"deals":[
              {"key":"ACME-1",
               "summary":"Globex renewal",
               "created":"2026-01-05T09:00:00Z",
               "amount":12000,
               "owner":"admin",
               "closeDate":"2026-03-31",
               "history":[
                 {"at":"2026-01-05T09:00:00Z","status":"Prospecting"},
                 {"at":"2026-02-01T08:00:00Z","status":"Closed Lost","reason":"Price"}]}
            ]}
            """;

    @Test
    @DisplayName("the example of the format loads with its pipeline, deal and history")
    void example() {
        HistoryFile file = read(EXAMPLE);

        assertThat(file.pipelines()).containsExactly(new PipelineSpec("ACME", "Acme sales", "seven-stage", "USD"));
        assertThat(file.deals()).containsExactly(new DealSpec(1, "ACME-1", "Globex renewal",
                Instant.parse("2026-01-05T09:00:00Z"), 12000.0, "admin", LocalDate.parse("2026-03-31"), List.of(
                        new StatusChange(Instant.parse("2026-01-05T09:00:00Z"), "Prospecting"),
                        new StatusChange(Instant.parse("2026-02-01T08:00:00Z"), "Closed Lost", "Price"))));
    }

    @Test
    @DisplayName("a pipeline's status ids are its template's status names")
    void statusNamesAreIds() {
        PipelineSpec pipeline = read(EXAMPLE).pipelines().get(0);

        assertThat(pipeline.config().mapping().lookup("Closed Lost")).contains(StageRef.outcome(Outcome.LOST));
        assertThat(pipeline.config().pipeline().currency()).isEqualTo("USD");
    }

    @Test
    @DisplayName("owner, close date, amount and reason may be left out or null")
    void optionalFields() {
        DealSpec deal = read(replaced(GOOD, "'amount':12000,", "'amount':null,", "'owner':'admin',", "",
                "'closeDate':'2026-03-31',", "", ",'reason':'Price'", "")).deals().get(0);

        assertThat(deal.amount()).isNull();
        assertThat(deal.owner()).isNull();
        assertThat(deal.closeDate()).isNull();
        assertThat(deal.history().get(1).reason()).isNull();
    }

    @Test
    @DisplayName("deals get issue ids 1, 2, 3 in file order, and changes at the same instant keep their file order")
    void issueIdsInFileOrder() {
        String second = """
                  {"key":"ACME-7","summary":"Initech pilot","created":"2026-01-06T10:00:00Z","history":[
                    {"at":"2026-01-06T10:00:00Z","status":"Proposal"},{"at":"2026-01-06T10:00:00Z","status":"Negotiation"}]},
                """;
        HistoryFile file = read(GOOD.replace("],\"deals\":[\n", "],\"deals\":[\n" + second));

        assertThat(file.deals()).extracting(DealSpec::key, DealSpec::issueId)
                .containsExactly(tuple("ACME-7", 1L), tuple("ACME-1", 2L));
        assertThat(file.deals().get(0).history()).extracting(StatusChange::statusId)
                .containsExactly("Proposal", "Negotiation");
    }

    @Test
    @DisplayName("reads a file from disk")
    void fromDisk(@TempDir Path directory) throws IOException {
        Path path = Files.writeString(directory.resolve("acme.json"), EXAMPLE);

        assertThat(HistoryFileReader.read(path).deals()).hasSize(1);
    }

    @Test
    @DisplayName("field entries beside status entries give the deal its amount and close-date history")
    void fieldEntries() {
        HistoryFile file = read("""
                {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
                 "deals":[{"key":"ACME-1","summary":"Renewal","created":"2026-01-05T09:00:00Z","amount":15000,
                           "closeDate":"2026-04-30",
                           "history":[{"at":"2026-01-05T09:00:00Z","status":"Prospecting"},
                                      {"at":"2026-01-20T10:00:00Z","field":"amount","from":12000,"to":15000},
                                      {"at":"2026-02-01T08:00:00Z","status":"Proposal"},
                                      {"at":"2026-02-02T08:00:00Z","field":"closeDate","from":"2026-03-31","to":"2026-04-30"}]}]}
                """);

        DealSpec deal = file.deals().get(0);
        assertThat(deal.history()).extracting(StatusChange::statusId).containsExactly("Prospecting", "Proposal");
        assertThat(deal.fieldChanges()).containsExactly(
                org.salespipeline.history.FieldChange.amount(Instant.parse("2026-01-20T10:00:00Z"), 12000.0, 15000.0),
                org.salespipeline.history.FieldChange.closeDate(Instant.parse("2026-02-02T08:00:00Z"),
                        LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30")));
        assertThat(deal.toRecord().amountBefore(Instant.parse("2026-01-10T00:00:00Z"))).isEqualTo(12000.0);
    }

    @Test
    @DisplayName("a last field change that does not set the deal's value, or an unknown field, is refused")
    void badFieldEntries() {
        String file = """
                {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
                 "deals":[{"key":"ACME-1","summary":"Renewal","created":"2026-01-05T09:00:00Z","amount":12000,
                           "history":[{"at":"2026-01-05T09:00:00Z","status":"Prospecting"},
                                      {"at":"2026-01-20T10:00:00Z","field":"FIELD","from":12000,"to":15000}]}]}
                """;

        assertThat(rejection(file.replace("FIELD", "amount")).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("the last amount change sets 15000, but amount is 12000; they must agree"));
        assertThat(rejection(file.replace("FIELD", "price")).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("field \"price\" is not amount or closeDate"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a deal of a project without a pipeline", 4, "deal GLOBEX-1", "project GLOBEX has no pipeline",
                        "'key':'ACME-1'", "'key':'GLOBEX-1'"),
                bad("an unknown template", 2, "pipeline ACME", "template \"eight-stage\" is not one of",
                        "'seven-stage'", "'eight-stage'"),
                bad("a status the template does not have", 12, "deal ACME-1",
                        "status \"Closd Won\" is not a status of the seven-stage pipeline",
                        "'Closed Lost'", "'Closd Won'"),
                bad("a malformed creation instant", 6, "deal ACME-1",
                        "created \"2026-01-05 09:00\" is not an instant", "'2026-01-05T09:00:00Z',", "'2026-01-05 09:00',"),
                bad("a malformed change instant", 12, "deal ACME-1", "at \"2026-02-30T08:00:00Z\" is not an instant",
                        "'2026-02-01T08:00:00Z'", "'2026-02-30T08:00:00Z'"),
                bad("a malformed close date", 9, "deal ACME-1", "closeDate \"31/03/2026\" is not a date",
                        "'2026-03-31'", "'31/03/2026'"),
                bad("a negative amount", 7, "deal ACME-1", "amount -12000 is negative", "12000", "-12000"),
                bad("an amount that is not a number", 7, "deal ACME-1", "\"amount\" must be a number, not text",
                        "12000", "'12000'"),
                bad("a change before the change before it", 12, "deal ACME-1", "entries must be in time order",
                        "'2026-02-01T08:00:00Z'", "'2026-01-05T08:59:59Z'"),
                bad("a first change that is not at the creation", 11, "deal ACME-1",
                        "the first history entry is at 2026-01-05T10:00:00Z, not at created 2026-01-05T09:00:00Z",
                        "{'at':'2026-01-05T09:00:00Z'", "{'at':'2026-01-05T10:00:00Z'"),
                bad("an empty history", 10, "deal ACME-1", "history is empty",
                        "{'at':'2026-01-05T09:00:00Z','status':'Prospecting'},", "",
                        "{'at':'2026-02-01T08:00:00Z','status':'Closed Lost','reason':'Price'}]}", "]}"),
                bad("a malformed key", 4, "deal acme1", "key \"acme1\" is not an issue key", "'ACME-1'", "'acme1'"),
                bad("a missing summary", 4, "deal ACME-1", "missing field \"summary\"", "'summary':'Globex renewal',",
                        ""),
                bad("a misspelt field", 8, "deal ACME-1", "unknown field \"ownr\"", "'owner'", "'ownr'"),
                bad("invalid JSON", 8, null, "invalid JSON", "12000,", "12000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("a bad file is rejected with a problem naming the line and the deal or pipeline:")
    void rejected(String description, String file, int line, String subject, String message) {
        HistoryFileException rejection = rejection(file);

        assertThat(rejection.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.subject()).isEqualTo(subject);
            assertThat(problem.message()).contains(message);
        });
        assertThat(rejection.getMessage()).contains("line " + line + (subject == null ? ": " : ", " + subject + ": "));
    }

    @Test
    @DisplayName("a deal key used twice is rejected at its second use, naming the first")
    void duplicateKeys() {
        String twice = replaced(GOOD, "\n]}", ",\n  {'key':'ACME-1','summary':'Again','created':'2026-01-05T09:00:00Z',"
                + "'history':[{'at':'2026-01-05T09:00:00Z','status':'Prospecting'}]}\n]}");

        assertThat(rejection(twice).problems()).singleElement().hasToString(
                "line 13, deal ACME-1: key ACME-1 is used already, at line 4");
    }

    @Test
    @DisplayName("every problem of a file is reported at once, in line order, and the message lists them all")
    void allProblems() {
        HistoryFileException rejection = rejection(replaced(GOOD, "'Closed Lost'", "'Closd Won'",
                "'seven-stage','currency':'USD'", "'seven-stage','currency':'dollars'", "12000", "-1"));

        assertThat(rejection.problems()).extracting(HistoryFileProblem::line).containsExactly(2, 7);
        assertThat(rejection.getMessage()).startsWith("test file has 2 problems:")
                .contains("line 2, pipeline ACME: currency \"dollars\" is not a code such as USD")
                .contains("line 7, deal ACME-1: amount -1 is negative");
    }

    @Test
    @DisplayName("a status is checked against the template of its own project's pipeline")
    void statusesPerPipeline() {
        String twoProjects = GOOD.replace("],\"deals\"", ",\n{\"project\":\"GLOBEX\",\"name\":\"Globex sales\","
                + "\"template\":\"four-stage\",\"currency\":\"EUR\"}],\"deals\"")
                .replace("ACME-1", "GLOBEX-1").replace("\"Prospecting\"", "\"Initial Contact\"");

        assertThat(rejection(twoProjects).problems()).singleElement().hasToString(
                "line 12, deal GLOBEX-1: status \"Initial Contact\" is not a status of the four-stage pipeline");
    }

    @Test
    @DisplayName("an empty file or one that is not an object is rejected")
    void notAHistoryFile() {
        assertThat(rejection("").problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
        assertThat(rejection("\n[]").problems()).first().hasToString(
                "line 2: a history file must be an object with \"pipelines\" and \"deals\"");
        assertThat(rejection("{\"pipelines\":[]}").problems()).singleElement().hasToString(
                "line 1: missing field \"deals\"");
    }

    @Test
    @DisplayName("a bad file on disk is rejected with the file named")
    void badFileOnDisk(@TempDir Path directory) throws IOException {
        Path path = Files.writeString(directory.resolve("bad.json"), GOOD.replace("Closed Lost", "Lost"));

        assertThatThrownBy(() -> HistoryFileReader.read(path)).isInstanceOf(HistoryFileException.class)
                .hasMessageStartingWith(path + " has 1 problem:");
    }

    private static Arguments bad(String description, int line, String subject, String message, String... replacements) {
        return Arguments.of(description, replaced(GOOD, replacements), line, subject, message);
    }

    /** The text with each pair of replacements applied once, single quotes in them standing for double quotes. */
    private static String replaced(String text, String... pairs) {
        String result = text;
        for (int i = 0; i < pairs.length; i += 2) {
            String from = pairs[i].replace('\'', '"');
            assertThat(result).as("fixture text").contains(from);
            result = result.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(pairs[i + 1].replace('\'', '"')));
        }
        return result;
    }

    private static HistoryFile read(String text) {
        return HistoryFileReader.read(new StringReader(text), "test file");
    }

    private static HistoryFileException rejection(String text) {
        HistoryFileException rejection = catchThrowableOfType(HistoryFileException.class, () -> read(text));
        assertThat(rejection).as("rejection of a bad file").isNotNull();
        return rejection;
    }
}
