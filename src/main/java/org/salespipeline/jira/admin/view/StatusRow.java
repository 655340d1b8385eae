package org.salespipeline.jira.admin.view;

import java.util.List;

/**
 * A workflow status with the stage key or outcome it maps to (empty when unmapped), and its Jira status category
 * ({@code new}, {@code indeterminate}, {@code done}). Texts are HTML-escaped already; their accessors end in "Html".
 */
public record StatusRow(String idHtml, String nameHtml, String categoryHtml, String targetHtml, boolean unmapped) {

    private static final List<String> CATEGORIES = List.of("new", "indeterminate", "done");

    /** The category's key as the page names it (its i18n key ends in it); {@code undefined} for one Jira does not define. */
    public String categoryKey() {
        return CATEGORIES.contains(categoryHtml) ? categoryHtml : "undefined";
    }

    /** The class of Jira's status lozenge for the category: grey for To Do, blue for In Progress, green for Done. */
    public String categoryLozenge() {
        return switch (categoryKey()) {
            case "indeterminate" -> "aui-lozenge aui-lozenge-inprogress";
            case "done" -> "aui-lozenge aui-lozenge-success";
            default -> "aui-lozenge";
        };
    }
}
