package org.salespipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.SourceUnavailableException;

class StoredMessagesTest {

    @Test
    @DisplayName("a message kept as text reads back in the reader's language, with its arguments")
    void readsBackInTheReadersWords() {
        String stored = StoredMessages.write(Message.of("sales-pipeline.reconciliation.project-failed", "ACME",
                "java.sql.SQLException: gone"));

        assertThat(StoredMessages.read(stored, BundleTexts.ENGLISH))
                .isEqualTo("Reconciling ACME failed: java.sql.SQLException: gone");
        assertThat(StoredMessages.read(stored, message -> "[he] " + message.key() + message.arguments()))
                .isEqualTo("[he] sales-pipeline.reconciliation.project-failed[ACME, java.sql.SQLException: gone]");
    }

    @Test
    @DisplayName("a stored text that is no message (a technical detail, an older run's English) reads as written")
    void otherTextAsWritten() {
        assertThat(StoredMessages.read("source went away", BundleTexts.ENGLISH)).isEqualTo("source went away");
        assertThat(StoredMessages.read("sales-pipeline. is not a key", BundleTexts.ENGLISH))
                .isEqualTo("sales-pipeline. is not a key");
        assertThat(StoredMessages.read(null, BundleTexts.ENGLISH)).isNull();
        assertThatThrownBy(() -> StoredMessages.write(Message.of("sales-pipeline.host.failed", Message.of("sales-pipeline.host.failed", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an unavailable change history is kept as its message for admins, and logged in English")
    void unavailableHistoryKeptAsMessage() {
        SourceUnavailableException failure = new SourceUnavailableException(
                Message.of("sales-pipeline.history.unavailable.missing", "com.example.ChangeHistoryManager"),
                "Jira's change history is unavailable: this Jira does not offer apps com.example.ChangeHistoryManager", null);

        assertThat(failure.stored()).startsWith("sales-pipeline.history.unavailable.missing");
        assertThat(StoredMessages.read(failure.stored(), BundleTexts.ENGLISH)).isEqualTo(failure.getMessage());
        assertThat(new SourceUnavailableException("plain", null).stored()).isEqualTo("plain");
    }
}
