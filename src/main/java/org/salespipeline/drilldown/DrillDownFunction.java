package org.salespipeline.drilldown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;

/**
 * The JQL functions that select the deals behind a gadget's number. The first argument of each is the project; the
 * others name what the number counts, as the gadget asked the REST API for it.
 */
public enum DrillDownFunction {

    /** {@code pipelineStage(project, stage[, at])}: the open deals in a stage at an instant, now by default. */
    STAGE("pipelineStage", 2, 3) {
        @Override
        DealSelection read(Arguments arguments) {
            String stage = arguments.openStage(1);
            Instant at = arguments.instantOr(2, arguments.now());
            return arguments.failed() ? null : new DealSelection.InStage(stage, at);
        }
    },

    /** {@code pipelineStalled(project[, at])}: the open deals past their stage's rot days at an instant, now by default. */
    STALLED("pipelineStalled", 1, 2) {
        @Override
        DealSelection read(Arguments arguments) {
            Instant at = arguments.instantOr(1, arguments.now());
            return arguments.failed() ? null : new DealSelection.Stalled(at);
        }
    },

    /** {@code pipelineCohort(project, from, to[, stage])}: the deals created in [from, to) that reached a stage or WON. */
    COHORT("pipelineCohort", 3, 4) {
        @Override
        DealSelection read(Arguments arguments) {
            Window window = arguments.window(1, 2);
            int position = arguments.size() > 3 ? arguments.reachedPosition(3) : 0;
            return arguments.failed() ? null : new DealSelection.Cohort(window, position);
        }
    },

    /** {@code pipelineOutcome(project, outcome, from, to[, reason])}: the deals with that outcome in [from, to). */
    OUTCOME("pipelineOutcome", 4, 5) {
        @Override
        DealSelection read(Arguments arguments) {
            Outcome outcome = arguments.outcome(1);
            Window window = arguments.window(2, 3);
            DealSelection.Reason reason = arguments.reason(4);
            return arguments.failed() ? null : new DealSelection.WithOutcome(outcome, window, reason);
        }
    },

    /**
     * {@code pipelineForecast(project, month[, from, to])}: the deals open now expected to close in the month, or in
     * the part of it within the close dates [from, to) the forecast was asked for.
     */
    FORECAST("pipelineForecast", 2, 4) {
        @Override
        DealSelection read(Arguments arguments) {
            YearMonth month = arguments.month(1);
            if (arguments.size() == 3) {
                arguments.wrongCount();
                return null;
            }
            LocalDate[] window = arguments.size() == 4 ? arguments.dates(2, 3) : null;
            if (arguments.failed()) {
                return null;
            }
            LocalDate from = month.atDay(1);
            LocalDate to = month.plusMonths(1).atDay(1);
            if (window != null) {
                from = from.isBefore(window[0]) ? window[0] : from;
                to = to.isAfter(window[1]) ? window[1] : to;
                if (!from.isBefore(to)) {
                    arguments.monthOutside(month, window);
                    return null;
                }
            }
            return new DealSelection.ClosingIn(from, to, arguments.now());
        }
    },

    /** {@code pipelineSlipped(project)}: the deals open now whose expected close date has passed. */
    SLIPPED("pipelineSlipped", 1, 1) {
        @Override
        DealSelection read(Arguments arguments) {
            return new DealSelection.Slipped(arguments.now());
        }
    };

    private final String functionName;
    private final int minimumArguments;
    private final int maximumArguments;

    DrillDownFunction(String functionName, int minimumArguments, int maximumArguments) {
        this.functionName = functionName;
        this.minimumArguments = minimumArguments;
        this.maximumArguments = maximumArguments;
    }

    /** The function's name in JQL, as the descriptor registers it. */
    public String functionName() {
        return functionName;
    }

    public int minimumArguments() {
        return minimumArguments;
    }

    public int maximumArguments() {
        return maximumArguments;
    }

    /** The key of the message that shows how the function is called. */
    String usageKey() {
        return "sales-pipeline.jql." + functionName + ".usage";
    }

    /** The selection the arguments after the project name; null, with messages in the arguments, when they name none. */
    abstract DealSelection read(Arguments arguments);
}
