package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.provisioning.ProvisioningOutcome;
import org.salespipeline.text.Message;

class ProvisioningJsonTest {

    @Test
    @DisplayName("the provisioning answer words its message in the asking admin's language, the rest as the run ended")
    void messageInTheAdminsLanguage() {
        Message why = Message.of("sales-pipeline.provisioning.unavailable", "com.example.Gone", "/download",
                Message.of("sales-pipeline.provisioning.import", "ACME sales workflow", "ACME"));
        ProvisioningOutcome outcome = new ProvisioningOutcome("ACME", "five-stage", false, null, why, List.of(),
                "ACME sales workflow", null, false, List.of("com.example.Gone"));

        ProvisioningJson json = ProvisioningJson.of(outcome, message -> "[he] " + message);

        assertThat(json.message()).isEqualTo("[he] " + why);
        assertThat(json.unavailable()).containsExactly("com.example.Gone");
        assertThat(json.workflowName()).isEqualTo("ACME sales workflow");
        assertThat(ProvisioningJson.of(new ProvisioningOutcome("ACME", "five-stage", true, null, null, List.of(),
                "ACME sales workflow", null, true, List.of()), message -> "unused").message()).isNull();
    }
}
