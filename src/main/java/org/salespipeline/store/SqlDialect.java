package org.salespipeline.store;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What differs in the store's hand-written SQL between the databases Jira runs on: how names are quoted
 * and qualified with the schema, how the middle rows of an ordered query are read, and how a row is locked.
 *
 * <p>Statements are written once in standard SQL, names in double quotes; {@link #render} turns them into
 * this database's text. The schema is written unquoted in front of the app's tables, exactly as Active
 * Objects qualifies its own statements, so both name the same tables.
 */
public final class SqlDialect {

    /** The database products Jira supports, and HSQLDB, which its tests and the demo host use. */
    public enum Product {
        POSTGRESQL, MYSQL, SQL_SERVER, ORACLE, HSQLDB;

        /** The product a JDBC driver reports, by its {@code getDatabaseProductName()}. */
        public static Product fromProductName(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("mysql") || name.contains("mariadb")) {
                return MYSQL;
            }
            if (name.contains("microsoft") || name.contains("sql server")) {
                return SQL_SERVER;
            }
            if (name.contains("oracle")) {
                return ORACLE;
            }
            if (name.contains("hsql")) {
                return HSQLDB;
            }
            throw new StoreException("The pipeline tables are on a database the app does not support: " + productName, null);
        }

        /** The identifier quote each product's driver reports. */
        String defaultQuote() {
            return this == MYSQL ? "`" : "\"";
        }
    }

    private static final Pattern STAGE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Product product;
    private final String quote;
    private final String schema;

    private SqlDialect(Product product, String quote, String schema) {
        this.product = product;
        this.quote = quote == null || quote.isBlank() ? product.defaultQuote() : quote.trim();
        this.schema = schema == null || schema.isBlank() ? null : schema.trim();
    }

    /** The dialect of a product with its usual quote; {@code schema} may be null for unqualified names. */
    public static SqlDialect of(Product product, String schema) {
        return new SqlDialect(product, product.defaultQuote(), schema);
    }

    /** The dialect of the database a connection's metadata describes, with the schema that holds the app's tables. */
    public static SqlDialect of(DatabaseMetaData metaData, String schema) throws SQLException {
        return new SqlDialect(Product.fromProductName(metaData.getDatabaseProductName()),
                metaData.getIdentifierQuoteString(), schema);
    }

    public Product product() {
        return product;
    }

    /** The schema in front of the app's tables, or null when they are named without one. */
    public String schema() {
        return schema;
    }

    /** A column or alias name, quoted. */
    String name(String identifier) {
        return quote + identifier + quote;
    }

    /** One of the app's tables, quoted and qualified with the schema when there is one. */
    String table(String tableName) {
        return schema == null ? name(tableName) : schema + "." + name(tableName);
    }

    /**
     * Skips {@code offset} rows of an ordered query and reads at most {@code rows}: MySQL has no
     * {@code OFFSET … FETCH}; SQL Server and Oracle have no {@code LIMIT}.
     */
    String page(long offset, int rows) {
        return product == Product.MYSQL
                ? "LIMIT " + rows + " OFFSET " + offset
                : "OFFSET " + offset + " ROWS FETCH NEXT " + rows + " ROWS ONLY";
    }

    /**
     * That a deal's stage column holds a stage: on MySQL one of the pipeline's stage keys, named, because its
     * planner ranges over an index led by the stage (and then the close date) only with the keys given; elsewhere
     * {@code IS NOT NULL}, which those planners use as well (HSQLDB's does worse with the list). Both are the same
     * deals, as the state rows only ever hold stages of the set-up they were derived with. Stage keys are
     * validated identifiers ({@code [A-Z][A-Z0-9_]*}), so they are written as literals.
     */
    String inStage(String column, List<String> stageKeys) {
        if (product != Product.MYSQL) {
            return column + " IS NOT NULL";
        }
        if (stageKeys.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder list = new StringBuilder(column).append(" IN (");
        for (int i = 0; i < stageKeys.size(); i++) {
            String key = stageKeys.get(i);
            if (!STAGE_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Not a stage key: " + key);
            }
            list.append(i == 0 ? "" : ", ").append('\'').append(key).append('\'');
        }
        return list.append(')').toString();
    }

    /** The table hint that makes a read lock its rows for update, written after the table (SQL Server only). */
    String lockHint() {
        return product == Product.SQL_SERVER ? "WITH (UPDLOCK, ROWLOCK)" : "";
    }

    /** The clause at the end of a read that locks its rows for update (all but SQL Server). */
    String lockClause() {
        return product == Product.SQL_SERVER ? "" : "FOR UPDATE";
    }

    /**
     * Turns standard SQL into this database's: every double-quoted name is quoted as the database quotes,
     * and the app's tables (those with its Active Objects prefix) get the schema. String literals are kept.
     */
    String render(String standardSql) {
        StringBuilder out = new StringBuilder(standardSql.length() + 32);
        int i = 0;
        while (i < standardSql.length()) {
            char c = standardSql.charAt(i);
            if (c == '\'') {
                int end = standardSql.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed string literal in: " + standardSql);
                }
                out.append(standardSql, i, end + 1);
                i = end + 1;
            } else if (c == '"') {
                int end = standardSql.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed quoted name in: " + standardSql);
                }
                String identifier = standardSql.substring(i + 1, end);
                out.append(identifier.startsWith(AoNaming.TABLE_PREFIX + "_") ? table(identifier) : name(identifier));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return product + (schema == null ? "" : " in schema " + schema);
    }
}
