package org.salespipeline.store;

/**
 * Table and column names of the app's Active Objects tables as AO creates them in Jira (prefixed,
 * upper case, quoted), for the store's hand-written SQL. A test derives each one from the entity
 * with Atlassian's own name converters.
 */
final class Schema {

    static final String DEAL = quoted(AoNaming.table("DEAL"));
    static final String STAY = quoted(AoNaming.table("STAY"));
    static final String TRANSITION = quoted(AoNaming.table("TRANSITION"));
    static final String FIELD_CHANGE = quoted(AoNaming.table("FIELD_CHANGE"));
    static final String PIPELINE = quoted(AoNaming.table("PIPELINE"));
    static final String STATUS_MAP = quoted(AoNaming.table("STATUS_MAP"));

    static final String ID = quoted("ID");
    static final String ISSUE_ID = quoted("ISSUE_ID");
    static final String PROJECT_KEY = quoted("PROJECT_KEY");
    static final String ISSUE_KEY = quoted("ISSUE_KEY");
    static final String ISSUE_NUMBER = quoted("ISSUE_NUMBER");
    static final String SUMMARY = quoted("SUMMARY");
    static final String CREATED_AT = quoted("CREATED_AT");
    static final String AMOUNT = quoted("AMOUNT");
    static final String OWNER = quoted("OWNER");
    static final String CLOSE_DAY = quoted("CLOSE_DAY");
    static final String STAGE_KEY = quoted("STAGE_KEY");
    static final String CURRENT_OUTCOME = quoted("CURRENT_OUTCOME");
    static final String ENTERED_AT = quoted("ENTERED_AT");
    static final String FURTHEST = quoted("FURTHEST");
    static final String OUTCOME = quoted("OUTCOME");
    static final String OUTCOME_AT = quoted("OUTCOME_AT");
    static final String OUTCOME_REASON = quoted("OUTCOME_REASON");
    static final String ENDED_AT = quoted("ENDED_AT");
    static final String DURATION_MS = quoted("DURATION_MS");
    static final String OCCURRED_AT = quoted("OCCURRED_AT");
    static final String SEQ = quoted("SEQ");
    static final String STATUS_ID = quoted("STATUS_ID");
    static final String REASON = quoted("REASON");
    static final String FIELD = quoted("FIELD");
    static final String PIPELINE_ID = quoted("PIPELINE_ID");
    static final String FROM_VALUE = quoted("FROM_VALUE");
    static final String TO_VALUE = quoted("TO_VALUE");

    private Schema() {
    }

    /** AO creates upper-case names and quotes them on PostgreSQL; quoting upper case is the same name everywhere. */
    static String quoted(String name) {
        return '"' + name + '"';
    }

    static String unquoted(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
