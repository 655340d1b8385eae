package org.salespipeline.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which statements the MySQL syntax guard refuses; needs no database. */
class MySqlSyntaxGuardTest {

    @Test
    @DisplayName("FETCH as a keyword, in any case, is refused")
    void fetchKeyword() {
        assertThat(MySqlSyntaxGuard.usesFetch("SELECT ID FROM T ORDER BY ID OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY")).isTrue();
        assertThat(MySqlSyntaxGuard.usesFetch("select id from t order by id\nfetch first 1 row only")).isTrue();
        assertThat(MySqlSyntaxGuard.usesFetch("SELECT 'it''s' FROM T FETCH FIRST 1 ROW ONLY")).isTrue();
    }

    @Test
    @DisplayName("fetch inside a word, a string, a quoted name or a comment is not")
    void fetchElsewhere() {
        assertThat(MySqlSyntaxGuard.usesFetch("SELECT FETCHED, PREFETCH FROM T LIMIT 1")).isFalse();
        assertThat(MySqlSyntaxGuard.usesFetch("INSERT INTO T (NAME) VALUES ('Fetch Ltd'), ('it''s fetch'), ('a\\' fetch')")).isFalse();
        assertThat(MySqlSyntaxGuard.usesFetch("SELECT \"fetch\", `FETCH` FROM T")).isFalse();
        assertThat(MySqlSyntaxGuard.usesFetch("SELECT 1 /* fetch */ -- fetch\n# fetch\n")).isFalse();
    }

    @Test
    @DisplayName("a very long value is scanned without running out of stack")
    void longValue() {
        String value = "x".repeat(2_000_000) + "\\'" + "y".repeat(1_000);
        assertThat(MySqlSyntaxGuard.usesFetch("INSERT INTO T VALUES ('" + value + "')")).isFalse();
    }
}
