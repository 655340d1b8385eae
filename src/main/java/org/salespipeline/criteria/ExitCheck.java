package org.salespipeline.criteria;

import java.util.Locale;

/** The exit criteria a workflow transition can enforce; the generated workflow attaches the right ones per target. */
public enum ExitCheck {

    /** Moving past qualification needs the BANT threshold and every mandatory criterion confirmed. */
    QUALIFICATION,
    /** Entering WON needs every required checklist item of every stage ticked. */
    WON,
    /** Entering LOST needs a lost reason. */
    LOST,
    /** Entering DISQUALIFIED needs a disqualification reason. */
    DISQUALIFIED;

    /** The name used in workflow XML arguments. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a workflow argument back; unknown names are refused with the list of known ones. */
    public static ExitCheck fromArgument(String argument) {
        for (ExitCheck check : values()) {
            if (check.argument().equals(argument)) {
                return check;
            }
        }
        throw new IllegalArgumentException("Unknown exit check '" + argument + "'; expected one of qualification, won, lost, disqualified");
    }
}
