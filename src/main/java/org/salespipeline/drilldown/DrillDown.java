package org.salespipeline.drilldown;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.metrics.DealRef;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.DealSet;
import org.salespipeline.metrics.DealSets;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.pipeline.Pipeline;

/**
 * Answers the drill-down functions: checks their arguments, and lists the deals they select that the searcher may
 * browse. A project without a pipeline and one the searcher may not browse get the same message, so that a query
 * does not reveal that a project exists; no function answers more than {@link #CAP} deals.
 */
public class DrillDown {

    /** The most deals one function answers; a selection beyond it is refused with a message. */
    public static final int CAP = 10_000;

    private final PipelineDirectory pipelines;
    private final DealSets dealSets;
    private final Clock clock;
    private final int cap;

    public DrillDown(PipelineDirectory pipelines, DealSets dealSets, Clock clock) {
        this(pipelines, dealSets, clock, CAP);
    }

    /** A drill-down with another cap, so that the cap's message can be tried on a few deals. */
    public DrillDown(PipelineDirectory pipelines, DealSets dealSets, Clock clock, int cap) {
        this.pipelines = pipelines;
        this.dealSets = dealSets;
        this.clock = clock;
        this.cap = cap;
    }

    /**
     * What is wrong with a call, empty when it can run: the number of arguments, the project, each argument, and a
     * selection beyond the cap.
     *
     * @param arguments the arguments as written, the project's key first
     * @param canBrowseProject whether the searcher may browse a project, by key
     */
    public List<Message> validate(DrillDownFunction function, List<String> arguments, Predicate<String> canBrowseProject) {
        Reading reading = read(function, arguments, canBrowseProject);
        if (!reading.messages().isEmpty()) {
            return reading.messages();
        }
        DealSet deals = dealSets.select(reading.pipeline(), reading.selection(), cap);
        return deals.overCap() ? List.of(Message.of("sales-pipeline.jql.cap", function.functionName(),
                String.valueOf(cap))) : List.of();
    }

    /** The deals a valid call selects that the searcher may browse (at most the cap); none for an invalid call. */
    public List<DealRef> deals(DrillDownFunction function, List<String> arguments, Predicate<String> canBrowseProject,
            DealVisibility visibility) {
        Reading reading = read(function, arguments, canBrowseProject);
        if (!reading.messages().isEmpty()) {
            return List.of();
        }
        return dealSets.select(reading.pipeline(), reading.selection(), cap).deals().stream()
                .filter(deal -> visibility.canSee(deal.issueKey()))
                .toList();
    }

    private Reading read(DrillDownFunction function, List<String> arguments, Predicate<String> canBrowseProject) {
        if (arguments.size() < function.minimumArguments() || arguments.size() > function.maximumArguments()) {
            return Reading.failed(Message.of(function.usageKey(), function.functionName()));
        }
        String project = arguments.get(0).trim();
        Optional<PipelineConfig> config = canBrowseProject.test(project) ? pipelines.find(project) : Optional.empty();
        if (config.isEmpty()) {
            return Reading.failed(Message.of("sales-pipeline.jql.project", function.functionName(), arguments.get(0)));
        }
        Arguments read = new Arguments(function, config.get().pipeline(), arguments, clock.instant());
        DealSelection selection = function.read(read);
        return new Reading(config.get().pipeline(), selection, read.messages());
    }

    /** A call read: the pipeline and selection it names, or the messages saying why it names none. */
    private record Reading(Pipeline pipeline, DealSelection selection, List<Message> messages) {

        static Reading failed(Message message) {
            return new Reading(null, null, List.of(message));
        }
    }
}
