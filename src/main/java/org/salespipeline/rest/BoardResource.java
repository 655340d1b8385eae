package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.metrics.BoardCard;
import org.salespipeline.metrics.BoardColumn;
import org.salespipeline.metrics.BoardFilter;
import org.salespipeline.metrics.BoardFilterMemory;
import org.salespipeline.metrics.BoardPage;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.provisioning.DealFieldSpecs;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StageTexts;
import org.salespipeline.text.Texts;
import org.salespipeline.workspace.DealIssue;
import org.salespipeline.workspace.DealIssues;

/**
 * The pipeline board of one project, for users who may browse it: a column per open stage with the deals matching
 * the filters, and the cards of the deals the user may browse (README, "The pipeline board").
 */
@Path("/pipelines/{projectKey}/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    private final VisiblePipelines visible;
    private final PipelineMetrics metrics;
    private final AccessPolicy access;
    private final DealIssues issues;
    private final Clock clock;
    private final DealOwners owners;
    private final BoardFilterMemory memory;
    private final Texts texts;

    /** The resource; {@code texts} names each template stage in the user's language. */
    @Inject
    public BoardResource(PipelineDirectory pipelines, PipelineMetrics metrics, AccessPolicy access, DealIssues issues,
            Clock clock, UserDirectory users, BoardFilterMemory memory, Texts texts) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.metrics = metrics;
        this.access = access;
        this.issues = issues;
        this.clock = clock;
        this.owners = new DealOwners(users, metrics);
        this.memory = memory;
        this.texts = texts;
    }

    /** The filters the user last kept for this board, each null when not set. */
    @GET
    @Path("/filters")
    public Filters filters(@PathParam("projectKey") String projectKey) {
        visible.require(projectKey);
        return Filters.of(access.currentUserKey().flatMap(user -> memory.find(user, projectKey))
                .orElse(BoardFilterMemory.Saved.none()));
    }

    /** Keeps the user's filters for this board, once the board would take them (a refused one saves nothing). */
    @PUT
    @Path("/filters")
    @Consumes(MediaType.APPLICATION_JSON)
    public Filters keepFilters(@PathParam("projectKey") String projectKey, Filters body) {
        Pipeline pipeline = visible.require(projectKey).pipeline();
        Filters sent = body == null ? new Filters(null, null, null, null) : body;
        owners.filter(pipeline, sent.owner());
        new BoardFilter(MetricsParameters.closeWindow(blankless(sent.closeFrom()), blankless(sent.closeTo())),
                text(sent.q()));
        BoardFilterMemory.Saved saved = new BoardFilterMemory.Saved(sent.owner(), sent.closeFrom(), sent.closeTo(),
                sent.q());
        memory.save(access.currentUserKey().orElseThrow(RestException::unauthorized), projectKey, saved);
        return Filters.of(saved);
    }

    /** A user's board filters, by the board call's parameter names. */
    public record Filters(String owner, String closeFrom, String closeTo, String q) {
        static Filters of(BoardFilterMemory.Saved saved) {
            return new Filters(saved.owner(), saved.closeFrom(), saved.closeTo(), saved.text());
        }
    }

    /** The whole board, or with {@code stage} one column (as "show more" asks for the next cards of it). */
    @GET
    public Board board(@PathParam("projectKey") String projectKey, @QueryParam("owner") String owner,
            @QueryParam("closeFrom") String closeFrom, @QueryParam("closeTo") String closeTo, @QueryParam("q") String q,
            @QueryParam("stage") String stage, @QueryParam("start") String start, @QueryParam("limit") String limit) {
        PipelineConfig config = visible.require(projectKey);
        Pipeline pipeline = config.pipeline();
        String stageKey = stage == null || stage.isBlank() ? null : stage(pipeline, stage.strip());
        BoardFilter filter = new BoardFilter(MetricsParameters.closeWindow(blankless(closeFrom), blankless(closeTo)),
                text(q));
        BoardPage page = page(start, limit);
        Instant now = clock.instant();
        List<Column> columns = new ArrayList<>();
        for (BoardColumn column : metrics.board(pipeline, now, owners.filter(pipeline, owner), filter, stageKey,
                access.dealVisibility(), page)) {
            Stage inStage = pipeline.stage(column.stageKey()).orElseThrow();
            columns.add(new Column(column.stageKey(), StageTexts.name(inStage, texts), inStage.probability(), inStage.rotDays(),
                    statuses(config, StageRef.stage(column.stageKey())), column.deals(), column.value(),
                    column.weightedValue(), column.hiddenDeals(), column.cards().stream().map(this::card).toList(),
                    column.more()));
        }
        List<OutcomeZone> outcomes = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.add(new OutcomeZone(outcome.name(), statuses(config, StageRef.outcome(outcome))));
        }
        return new Board(projectKey, pipeline.name(), pipeline.currency(), now.toString(), columns, outcomes,
                Map.of(Outcome.LOST.name(), DealFieldSpecs.LOST_REASON,
                        Outcome.DISQUALIFIED.name(), DealFieldSpecs.DISQUALIFICATION_REASON));
    }

    /** The board's answer; {@code reasonFields} names the field that holds the reason of each outcome that has one. */
    public record Board(String project, String name, String currency, String now, List<Column> stages,
            List<OutcomeZone> outcomes, Map<String, String> reasonFields) {
    }

    /** One open stage: its figures, the statuses it stands for (where a card dropped on it goes) and its cards. */
    public record Column(String key, String name, int probability, int rotDays, List<String> statuses, int deals,
            double value, double weightedValue, int hiddenDeals, List<Card> cards, boolean more) {
    }

    /** One outcome's drop zone: the statuses a card dropped on it may go to. */
    public record OutcomeZone(String outcome, List<String> statuses) {
    }

    /** One deal's card; {@code bantScore} is null where the deal's BANT answers cannot be read. */
    public record Card(String key, String summary, Double amount, String owner, String ownerName, String closeDate,
            boolean overdue, double daysInStage, boolean rotting, Double bantScore) {
    }

    private Card card(BoardCard card) {
        Optional<DealIssue> issue = issues.find(card.issueKey());
        String ownerName = issue.map(DealIssue::ownerName).orElse(card.owner());
        Double score = issue.map(found -> found.bant().score()).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Card(card.issueKey(), card.summary(), card.amount(), card.owner(), ownerName,
                card.closeDate() == null ? null : card.closeDate().toString(),
                card.closeDate() != null && card.closeDate().isBefore(today), card.daysInStage(), card.rotting(), score);
    }

    private static List<String> statuses(PipelineConfig config, StageRef target) {
        return config.mapping().lines().stream().filter(line -> line.target().equals(target))
                .map(MappedStatus::statusId).distinct().toList();
    }

    private static String blankless(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter;
    }

    /** A stage by its key, or by its name ignoring case. */
    private static String stage(Pipeline pipeline, String stage) {
        return pipeline.stages().stream()
                .filter(s -> s.key().equals(stage) || s.name().equalsIgnoreCase(stage))
                .map(Stage::key).findFirst()
                .orElseThrow(() -> RestException.badRequest("stage", "sales-pipeline.error.board-stage", stage));
    }

    private static String text(String q) {
        if (q != null && q.strip().length() > BoardFilter.TEXT_MAX_LENGTH) {
            throw RestException.badRequest("q", "sales-pipeline.error.board-text", BoardFilter.TEXT_MAX_LENGTH);
        }
        return q;
    }

    /** The cards of each column to skip and to show: start from 0, limit from 1 to {@link BoardPage#MAX_LIMIT}. */
    private static BoardPage page(String start, String limit) {
        int cards = MetricsParameters.limit(blankless(limit), BoardPage.DEFAULT_LIMIT, BoardPage.MAX_LIMIT);
        return new BoardPage(MetricsParameters.start(blankless(start)), cards);
    }
}
