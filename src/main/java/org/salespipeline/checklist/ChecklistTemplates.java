package org.salespipeline.checklist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checklist templates of a pipeline, at most one per stage key. */
public final class ChecklistTemplates {

    private static final ChecklistTemplates DEFAULTS = new ChecklistTemplates(Map.of()).with(
            new ChecklistTemplate("NEGOTIATION", List.of(
                    ChecklistItem.required("objections-answered", "Every objection the customer raised has an answer"),
                    ChecklistItem.required("pricing-agreed", "Price and payment terms are agreed"),
                    ChecklistItem.required("contract-terms-final", "Contract terms are final"),
                    ChecklistItem.required("legal-review-done", "Legal review of the contract is complete"),
                    ChecklistItem.required("decision-maker-sign-off", "The customer's decision maker has signed off"),
                    ChecklistItem.optional("discount-approved", "Any discount beyond the standard margin is approved"))))
            .with(new ChecklistTemplate("CLOSING", List.of(
                    ChecklistItem.required("contract-signed", "The contract is signed by both parties"),
                    ChecklistItem.optional("purchase-order-received", "The customer's purchase order is received"),
                    ChecklistItem.required("handover-scheduled", "The hand-over meeting with the delivery team is scheduled"),
                    ChecklistItem.required("onboarding-contact-named", "The customer has named a contact for onboarding"))));

    private final Map<String, ChecklistTemplate> byStageKey;

    private ChecklistTemplates(Map<String, ChecklistTemplate> byStageKey) {
        this.byStageKey = Map.copyOf(byStageKey);
    }

    /** The shipped templates: NEGOTIATION and CLOSING. */
    public static ChecklistTemplates defaults() {
        return DEFAULTS;
    }

    public static ChecklistTemplates none() {
        return new ChecklistTemplates(Map.of());
    }

    /** Returns a copy in which the given template replaces any other for the same stage. */
    public ChecklistTemplates with(ChecklistTemplate template) {
        Map<String, ChecklistTemplate> edited = new LinkedHashMap<>(byStageKey);
        edited.put(template.stageKey(), template);
        return new ChecklistTemplates(edited);
    }

    public ChecklistTemplates without(String stageKey) {
        Map<String, ChecklistTemplate> edited = new LinkedHashMap<>(byStageKey);
        edited.remove(stageKey);
        return new ChecklistTemplates(edited);
    }

    public Optional<ChecklistTemplate> forStage(String stageKey) {
        return Optional.ofNullable(byStageKey.get(stageKey));
    }

    /** Every template, ordered by stage key. */
    public List<ChecklistTemplate> all() {
        return byStageKey.values().stream().sorted(Comparator.comparing(ChecklistTemplate::stageKey)).toList();
    }
}
