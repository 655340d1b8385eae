package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;

/** The custom fields a deal needs, named as the app reads them, with the options of the select lists. */
public final class DealFieldSpecs {

    public static final String AMOUNT = "Deal amount";
    public static final String CLOSE_DATE = "Expected close date";
    public static final String BANT_SCORE = "BANT score";
    public static final String LOST_REASON = "Lost reason";
    public static final String DISQUALIFICATION_REASON = "Disqualification reason";
    /** BANT answers as the select lists show them, in answer order; the app reads them without regard to case. */
    public static final List<String> BANT_OPTIONS = Arrays.stream(BantAnswer.values()).map(DealFieldSpecs::bantOption).toList();

    private DealFieldSpecs() {
    }

    /** The options provisioning gives the Lost reason field, in order: the app's one list of lost reasons. */
    public static final List<String> LOST_REASONS = List.of("Price", "Chose a competitor", "No decision made", "Timing",
            "Product fit");
    /** The options provisioning gives the Disqualification reason field, in order: the app's one list of them. */
    public static final List<String> DISQUALIFICATION_REASONS = List.of("No budget", "No decision-maker reached",
            "No real need", "No timeline", "Outside our market");

    /** The select-list option that stands for a BANT answer: Unknown, Partial or Confirmed. */
    public static String bantOption(BantAnswer answer) {
        String name = answer.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public static List<FieldSpec> all() {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.number(AMOUNT));
        fields.add(FieldSpec.date(CLOSE_DATE));
        for (BantCriterion criterion : BantCriterion.values()) {
            fields.add(new FieldSpec(criterion.label(), FieldKind.SELECT, BANT_OPTIONS));
        }
        fields.add(FieldSpec.number(BANT_SCORE));
        fields.add(new FieldSpec(LOST_REASON, FieldKind.SELECT, LOST_REASONS));
        fields.add(new FieldSpec(DISQUALIFICATION_REASON, FieldKind.SELECT, DISQUALIFICATION_REASONS));
        return List.copyOf(fields);
    }
}
