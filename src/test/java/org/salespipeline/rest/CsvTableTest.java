package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV export of a metric's answer")
class CsvTableTest {

    record Line(String key, String summary, Double amount) {
    }

    record Other(String month, int deals) {
    }

    record OneList(String project, int cohort, List<Line> lines) {
    }

    record TwoLists(String from, List<Other> months, List<Line> slipped) {
    }

    record NoList(int won, Double winRate) {
    }

    @Test
    @DisplayName("UTF-8 with a byte-order mark, the answer's field names as columns, single values on every row, CRLF")
    void oneList() {
        String csv = text(new OneList("ACME", 12, List.of(new Line("ACME-1", "Renewal", 12_000.0),
                new Line("ACME-2", "שלום, עולם", null))));

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n", -1)).containsExactly(
                "project,cohort,key,summary,amount",
                "ACME,12,ACME-1,Renewal,12000",
                "ACME,12,ACME-2,\"שלום, עולם\",",
                "");
    }

    @Test
    @DisplayName("several lists: a list column names each row's list, and the columns are the union")
    void severalLists() {
        String csv = text(new TwoLists("2026-01-01", List.of(new Other("2026-01", 3)),
                List.of(new Line("ACME-9", "Fleet", 0.25))));

        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "from,list,month,deals,key,summary,amount",
                "2026-01-01,months,2026-01,3,,,",
                "2026-01-01,slipped,,,ACME-9,Fleet,0.25");
    }

    @Test
    @DisplayName("an answer without lists is one row; an unknown number is an empty cell")
    void noList() {
        assertThat(text(new NoList(7, null)).substring(1).split("\r\n")).containsExactly("won,winRate", "7,");
        assertThat(text(new NoList(7, 0.3923076923)).substring(1).split("\r\n")[1]).isEqualTo("7,0.3923076923");
    }

    @Test
    @DisplayName("numbers are written plainly, never in exponent form")
    void plainNumbers() {
        assertThat(CsvTable.cell(12_345_678.0)).isEqualTo("12345678");
        assertThat(CsvTable.cell(1.0E-7)).isEqualTo("0.0000001");
        assertThat(CsvTable.cell(-42.5)).as("a negative number stays a number").isEqualTo("-42.5");
    }

    @Test
    @DisplayName("text a spreadsheet would run as a formula starts with an apostrophe; quotes and line breaks are quoted")
    void formulaInjection() {
        assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvTable.cell("+1 upsell")).isEqualTo("'+1 upsell");
        assertThat(CsvTable.cell("-10% discount")).isEqualTo("'-10% discount");
        assertThat(CsvTable.cell("@rep")).isEqualTo("'@rep");
        assertThat(CsvTable.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTable.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.cell("Price")).isEqualTo("Price");
    }

    private static String text(Record answer) {
        return new String(CsvTable.of(answer), StandardCharsets.UTF_8);
    }
}
