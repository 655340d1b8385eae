package org.salespipeline.jira.admin.view;

/**
 * One stage's configured and learnt probability side by side with the evidence, in whole percent. Texts are
 * HTML-escaped already; their accessors end in "Html".
 *
 * @param learnt the win probability adopting would set (the configured one where it falls back)
 * @param changes true when adopting would change the configured probability
 */
public record CalibrationRow(String keyHtml, String nameHtml, int configured, int learnt, int closed, int won, int low,
        int high, boolean fallback, boolean changes) {
}
