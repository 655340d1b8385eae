package org.salespipeline.jira.admin.view;

/** A BANT criterion and whether it is mandatory. Texts are HTML-escaped already; their accessors end in "Html". */
public record CriterionRow(String name, boolean mandatory) {
}
