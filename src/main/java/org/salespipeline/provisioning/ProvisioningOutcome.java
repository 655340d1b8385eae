package org.salespipeline.provisioning;

import java.util.List;
import org.salespipeline.text.Message;

/**
 * How a provisioning run ended: every step it took (created or reused), or — when a step failed — the
 * failed step, what to do next, what was undone, and the workflow XML to import by hand. {@code unavailable}
 * names the host services this Jira does not offer apps when no run could start for want of them. The message is a
 * key of the bundle, for the REST answer to put into the admin's language.
 */
public record ProvisioningOutcome(String project, String template, boolean provisioned, String failedStep,
        Message message, List<StepReport> steps, String workflowName, String workflowXml, boolean rebuildStarted,
        List<String> unavailable) {

    public ProvisioningOutcome {
        steps = List.copyOf(steps);
        unavailable = List.copyOf(unavailable);
    }
}
