package org.salespipeline.pipeline;

import java.util.Map;
import java.util.Optional;

/** Shipped advice and exit criteria for the stage keys used by the templates. */
public record Guidance(String advice, String exitCriteria) {

    private static final Map<String, Guidance> BY_STAGE_KEY = Map.of(
            "PROSPECTING", new Guidance(
                    "Find organisations that match your target customer and the people to approach there. "
                            + "Use the channels that reach your audience: cold calls, email campaigns, social networks and industry events. "
                            + "Record every promising lead so that nothing slips away.",
                    "A named contact at an organisation that fits the target profile is recorded."),
            "QUALIFICATION", new Guidance(
                    "Check whether the lead is worth pursuing before investing more time. "
                            + "Assess Budget, Authority, Need and Timeline (BANT) and record what you learned for each. "
                            + "Disqualify early when the lead lacks the budget or the authority to buy.",
                    "The BANT score reaches the pipeline's threshold and every mandatory criterion is confirmed."),
            "INITIAL_CONTACT", new Guidance(
                    "Make the first meaningful contact with the customer by phone, email or a meeting. "
                            + "Keep it short, professional and focused on the value for this customer rather than a generic pitch. "
                            + "The goal is a relationship that lasts beyond the first conversation.",
                    "The customer has responded and agreed to a follow-up conversation."),
            "NEEDS_ASSESSMENT", new Guidance(
                    "Learn the customer's pain points and requirements in depth. "
                            + "Listen actively, ask open questions and use diagnostic tools to see the problem from the customer's side. "
                            + "What you learn here shapes the proposal.",
                    "The customer's problem, requirements and success criteria are written down and confirmed with them."),
            "PROPOSAL", new Guidance(
                    "Present a formal proposal or quote that shows how your offering solves the customer's problem. "
                            + "State the problem, the proposed solution, the expected benefits and return, and the cost. "
                            + "Tailor it to the needs gathered during the assessment.",
                    "A formal proposal or quote has been delivered and the customer has reviewed it."),
            "NEGOTIATION", new Guidance(
                    "Agree the terms of the deal with the customer. "
                            + "Understand the concerns behind each objection and answer them with clear information and workable options. "
                            + "Stay flexible on solutions while protecting your margin, and settle price and contract details.",
                    "Objections are answered, price and contract terms are agreed, and the decision maker has signed off."),
            "CLOSING", new Guidance(
                    "Watch for signs that the customer is ready to buy, such as positive feedback or questions about next steps. "
                            + "Choose the timing carefully and use a closing approach that suits the situation. "
                            + "Deals can still fall through at the last moment over indecision or new objections, so keep reinforcing the value.",
                    "The contract is signed and the hand-over to delivery is arranged."));

    /** Returns the shipped guidance for a template stage key, or empty for a stage an admin invented. */
    public static Optional<Guidance> forStageKey(String stageKey) {
        return Optional.ofNullable(BY_STAGE_KEY.get(stageKey));
    }
}
