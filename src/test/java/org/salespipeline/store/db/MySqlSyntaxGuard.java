package org.salespipeline.store.db;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.exceptions.CJException;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Refuses, in the driver, SQL that MariaDB runs but MySQL 8 rejects, so that tests on MariaDB catch it:
 * {@code OFFSET … FETCH} paging, which MySQL 8 does not have (it pages with {@code LIMIT}).
 */
public final class MySqlSyntaxGuard implements QueryInterceptor {

    private static final Pattern FETCH = Pattern.compile("\\bFETCH\\b", Pattern.CASE_INSENSITIVE);

    /** String literals, quoted identifiers and comments: their words are data or names, not SQL keywords. */
    private static final Pattern NOT_KEYWORDS = Pattern.compile(String.join("|",
            "'(?:[^'\\\\]++|\\\\.|'')*+'",
            "\"(?:[^\"\\\\]++|\\\\.|\"\")*+\"",
            "`(?:[^`]++|``)*+`",
            "/\\*.*?\\*/",
            "(?:-- |#)[^\\n]*+"), Pattern.DOTALL);

    /** Whether the statement uses FETCH as a keyword (a bound value such as 'Fetch Ltd' does not count). */
    static boolean usesFetch(String sql) {
        return FETCH.matcher(NOT_KEYWORDS.matcher(sql).replaceAll(" ")).find();
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        String statement = sql == null ? null : sql.get();
        if (statement != null && usesFetch(statement)) {
            // The driver reports this as an SQLSyntaxErrorException, as the server's own refusal would be.
            CJException refused = new CJException("MySQL 8 has no OFFSET … FETCH: " + statement);
            refused.setSQLState("42000");
            refused.setVendorCode(1064);
            throw refused;
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
            ServerSession serverSession) {
        return originalResultSet;
    }
}
