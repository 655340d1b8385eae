package org.salespipeline.rest;

import java.util.List;
import org.salespipeline.provisioning.ProvisioningOutcome;
import org.salespipeline.provisioning.StepReport;
import org.salespipeline.text.Texts;

/** A provisioning run's outcome as the REST answer gives it: its message in the language of the admin who asked. */
public record ProvisioningJson(String project, String template, boolean provisioned, String failedStep, String message,
        List<StepReport> steps, String workflowName, String workflowXml, boolean rebuildStarted, List<String> unavailable) {

    /** The outcome, its message (if any) put into words by {@code texts}. */
    public static ProvisioningJson of(ProvisioningOutcome outcome, Texts texts) {
        return new ProvisioningJson(outcome.project(), outcome.template(), outcome.provisioned(), outcome.failedStep(),
                outcome.message() == null ? null : texts.text(outcome.message()), outcome.steps(), outcome.workflowName(),
                outcome.workflowXml(), outcome.rebuildStarted(), outcome.unavailable());
    }
}
