package org.salespipeline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.Flow;
import org.salespipeline.metrics.FlowDeal;
import org.salespipeline.metrics.Forecast;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.OutcomeReport;
import org.salespipeline.metrics.PipelineSummary;
import org.salespipeline.metrics.ReasonCount;
import org.salespipeline.metrics.StalledDeal;
import org.salespipeline.metrics.TimeInStage;
import org.salespipeline.metrics.Velocity;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;

/** The JSON answers of the metrics resources (DESIGN §6): instants and dates as ISO-8601, numbers unrounded. */
final class MetricsJson {

    private MetricsJson() {
    }

    record FunnelStage(String key, String name, int reached, Double conversion) {
    }

    record Funnel(String project, String from, String to, int cohort, Double createdToWon, List<FunnelStage> stages) {
        /** The funnel, its last step named {@code wonName}. */
        static Funnel of(Pipeline pipeline, String wonName, Instant from, Instant to, FunnelReport report) {
            return new Funnel(pipeline.projectKey(), from.toString(), to.toString(), report.cohort(), report.createdToWon(),
                    report.steps().stream().map(step -> step.stage().isOpenStage()
                            ? new FunnelStage(step.stage().stageKey(), name(pipeline, step.stage().stageKey()),
                                    step.reached(), step.conversion())
                            : new FunnelStage(step.stage().outcome().name(), wonName, step.reached(), null))
                            .toList());
        }
    }

    record SummaryStage(String key, String name, int deals, double value, double weightedValue) {
    }

    record Summary(String at, List<SummaryStage> stages, int totalDeals, double totalValue, double totalWeightedValue) {
        static Summary of(Pipeline pipeline, Instant at, PipelineSummary summary) {
            return new Summary(at.toString(), summary.stages().stream()
                    .map(s -> new SummaryStage(s.stageKey(), name(pipeline, s.stageKey()), s.deals(), s.value(),
                            s.weightedValue()))
                    .toList(), summary.totalDeals(), summary.totalValue(), summary.totalWeightedValue());
        }
    }

    record VelocityJson(int openDeals, int won, int lost, Double winRate, Double averageDealSize,
            Double salesCycleDays, Double velocityPerDay) {
        static VelocityJson of(Velocity v) {
            return new VelocityJson(v.openDeals(), v.won(), v.lost(), v.winRate(), v.averageDealSize(),
                    v.salesCycleDays(), v.velocityPerDay());
        }
    }

    record StageTimeJson(String key, String name, int stays, Double meanDays, Double medianDays, int rotDays,
            Double medianOverRotDays) {
    }

    record TimeInStageJson(String bottleneck, List<StageTimeJson> stages) {
        static TimeInStageJson of(Pipeline pipeline, TimeInStage time) {
            return new TimeInStageJson(time.bottleneck(pipeline).orElse(null), time.stages().stream()
                    .map(s -> new StageTimeJson(s.stageKey(), name(pipeline, s.stageKey()), s.stays(), s.meanDays(),
                            s.medianDays(), pipeline.stage(s.stageKey()).map(Stage::rotDays).orElse(0),
                            boxed(TimeInStage.overRotDays(pipeline, s))))
                    .toList());
        }

        private static Double boxed(java.util.OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }
    }

    record StalledDealJson(String key, String summary, String stage, double daysInStage, int rotDays,
            double daysOverdue, Double amount, String owner, String ownerName, int pushCount) {
    }

    /** The stalled deals; {@code owner} is the stored owner (a user key), {@code ownerName} Jira's display name for it. */
    record Stalled(List<StalledDealJson> deals) {
        static Stalled of(List<StalledDeal> deals, java.util.function.UnaryOperator<String> ownerName) {
            return new Stalled(deals.stream().map(d -> new StalledDealJson(d.issueKey(), d.summary(), d.stageKey(),
                    d.daysInStage(), d.rotDays(), d.daysOverdue(), d.amount(), d.owner(),
                    d.owner() == null ? null : ownerName.apply(d.owner()), d.pushCount())).toList());
        }
    }

    /** A deal owner: the stored key, the display name, and whether Jira still knows the user. */
    record OwnerJson(String key, String name, boolean known) {
        static OwnerJson of(DealOwners.Owner owner) {
            return new OwnerJson(owner.key(), owner.name(), owner.known());
        }
    }

    /** The owners of a pipeline's deals, and the one an {@code owner} parameter names (null without one). */
    record Owners(List<OwnerJson> owners, OwnerJson selected) {
    }

    record Reason(String reason, int count) {
    }

    record Outcomes(int won, int lost, int disqualified, Double winRate, List<Reason> lostReasons,
            List<Reason> disqualifiedReasons, Double medianDaysToDisqualify) {
        static Outcomes of(OutcomeReport report) {
            return new Outcomes(report.won(), report.lost(), report.disqualified(), report.winRate(),
                    reasons(report.lostReasons()),
                    reasons(report.disqualifiedReasons()), report.medianDaysToDisqualify());
        }

        private static List<Reason> reasons(List<ReasonCount> counts) {
            return counts.stream().map(c -> new Reason(c.reason(), c.count())).toList();
        }
    }

    record Month(String month, int deals, double value, double weightedValue) {
    }

    record SlippedDealJson(String key, String summary, String closeDate, Double amount, String stage) {
    }

    record ForecastJson(String from, String to, List<Month> months, List<SlippedDealJson> slipped) {
        static ForecastJson of(LocalDate from, LocalDate to, Forecast forecast) {
            return new ForecastJson(from.toString(), to.toString(), forecast.months().stream()
                    .map(m -> new Month(m.month().toString(), m.deals(), m.value(), m.weightedValue())).toList(),
                    forecast.slipped().stream().map(d -> new SlippedDealJson(d.issueKey(), d.summary(),
                            d.closeDate().toString(), d.amount(), d.stageKey())).toList());
        }
    }

    record Count(int deals, double value) {
    }

    record MovementJson(String kind, int deals, double value) {
    }

    record FlowJson(String project, String from, String to, String closeFrom, String closeTo, Count opening,
            Count closing, List<MovementJson> movements, double increased, double decreased, int dealsWithoutAmount) {
        static FlowJson of(Pipeline pipeline, Window period, CloseWindow window, Flow flow) {
            return new FlowJson(pipeline.projectKey(), period.from().toString(), period.to().toString(),
                    window == null ? null : window.from().toString(), window == null ? null : window.to().toString(),
                    new Count(flow.opening().deals(), flow.opening().value()),
                    new Count(flow.closing().deals(), flow.closing().value()),
                    flow.movements().stream().map(m -> new MovementJson(m.kind().argument(), m.deals(), m.value())).toList(),
                    flow.increased(), flow.decreased(), flow.dealsWithoutAmount());
        }
    }

    /** The flow as one table: opening and closing in columns of their own, a row per movement. */
    record FlowCsv(String project, String from, String to, String closeFrom, String closeTo, int openingDeals,
            double openingValue, int closingDeals, double closingValue, double increased, double decreased,
            int dealsWithoutAmount, List<MovementJson> movements) {
        static FlowCsv of(FlowJson json) {
            return new FlowCsv(json.project(), json.from(), json.to(), json.closeFrom(), json.closeTo(),
                    json.opening().deals(), json.opening().value(), json.closing().deals(), json.closing().value(),
                    json.increased(), json.decreased(), json.dealsWithoutAmount(), json.movements());
        }
    }

    /**
     * One deal of a flow list: its amount, close date, stage and outcome just before from and just before to (a
     * state is a stage key or an outcome, the other null; both null before its first mapped status), and its push
     * count in the period.
     */
    record FlowDealJson(String key, String summary, String owner, String kind, Double amountBefore, Double amountAfter,
            String closeDateBefore, String closeDateAfter, String stageBefore, String outcomeBefore, String stageAfter,
            String outcomeAfter, int pushCount) {
        static FlowDealJson of(FlowDeal deal) {
            return new FlowDealJson(deal.issueKey(), deal.summary(), deal.owner(), deal.kind().argument(),
                    deal.amountBefore(), deal.amountAfter(), text(deal.closeDateBefore()), text(deal.closeDateAfter()),
                    stage(deal.stateBefore()), outcome(deal.stateBefore()), stage(deal.stateAfter()),
                    outcome(deal.stateAfter()), deal.pushCount());
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }

        private static String stage(StageRef state) {
            return state == null || !state.isOpenStage() ? null : state.stageKey();
        }

        private static String outcome(StageRef state) {
            return state == null || state.isOpenStage() ? null : state.outcome().name();
        }
    }

    record FlowDeals(String project, String from, String to, String closeFrom, String closeTo, String kind, int start,
            int limit, List<FlowDealJson> deals) {
        static FlowDeals of(Pipeline pipeline, Window period, CloseWindow window, String kind, int start, int limit,
                List<FlowDeal> deals) {
            return new FlowDeals(pipeline.projectKey(), period.from().toString(), period.to().toString(),
                    window == null ? null : window.from().toString(), window == null ? null : window.to().toString(),
                    kind, start, limit, deals.stream().map(FlowDealJson::of).toList());
        }
    }

    private static String name(Pipeline pipeline, String stageKey) {
        return pipeline.stage(stageKey).map(Stage::name).orElse(stageKey);
    }

}
