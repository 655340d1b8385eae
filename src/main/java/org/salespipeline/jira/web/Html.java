package org.salespipeline.jira.web;

/** Escapes text for HTML element content and quoted attribute values, so that user text always shows as text (admin pages and the deal panel). */
public final class Html {

    private Html() {
    }

    /** The text with &, <, >, " and ' escaped; empty for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
