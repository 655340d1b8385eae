package org.salespipeline.rest;

import org.salespipeline.text.Message;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.checklist.StaleChecklistVersionException;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.workspace.BantEntry;
import org.salespipeline.workspace.DealUpdateRefusedException;
import org.salespipeline.workspace.DealView;
import org.salespipeline.workspace.DealWorkspace;

/**
 * One deal for the issue panel: read by those who may browse the issue, BANT answers and checklist ticks changed by
 * those who may edit it (JSON only). An issue that is not a Deal of a pipeline, or out of reach, is not found.
 */
@Path("/deals/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class DealResource {

    private final DealWorkspace workspace;
    private final AccessPolicy access;

    @Inject
    public DealResource(DealWorkspace workspace, AccessPolicy access) {
        this.workspace = workspace;
        this.access = access;
    }

    @GET
    public DealView get(@PathParam("issueKey") String issueKey) {
        return readable(issueKey);
    }

    /** Sets the answers (and notes) of the criteria in the body; criteria left out keep theirs. */
    @PUT
    @Path("/bant")
    @Consumes(MediaType.APPLICATION_JSON)
    public DealView bant(@PathParam("issueKey") String issueKey, Map<String, BantJson> body) {
        editable(issueKey);
        Map<BantCriterion, BantEntry> changes = bantChanges(body);
        try {
            return workspace.saveBant(issueKey, changes).orElseThrow(() -> notADeal(issueKey));
        } catch (DealUpdateRefusedException refused) {
            throw new RestException(409, refused.reasons().stream().map(r -> new RestException.FieldError(null, r)).toList());
        }
    }

    /** Ticks or unticks one checklist item, if the checklist is still at the version the caller read. */
    @PUT
    @Path("/checklist/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DealView tick(@PathParam("issueKey") String issueKey, @PathParam("itemId") String itemId, TickJson body) {
        DealView deal = editable(issueKey);
        List<RestException.FieldError> errors = new ArrayList<>();
        if (body == null || body.ticked() == null) {
            errors.add(RestException.FieldError.of("ticked", "sales-pipeline.error.ticked"));
        }
        if (body == null || body.version() == null) {
            errors.add(RestException.FieldError.of("version", "sales-pipeline.error.version"));
        }
        if (!errors.isEmpty()) {
            throw new RestException(400, errors);
        }
        String stage = checklistOf(deal, itemId, body.stage());
        try {
            return workspace.mark(issueKey, stage, itemId, body.ticked(), body.version(), access.currentUser().orElseThrow())
                    .orElseThrow(() -> notADeal(issueKey));
        } catch (StaleChecklistVersionException stale) {
            throw RestException.of(409, "version", "sales-pipeline.error.stale-checklist", stageName(deal, stage));
        }
    }

    private DealView readable(String issueKey) {
        VisiblePipelines.requireUser(access);
        if (!access.canBrowseDeal(issueKey)) {
            throw notADeal(issueKey);
        }
        return workspace.view(issueKey, access.canEditDeal(issueKey)).orElseThrow(() -> notADeal(issueKey));
    }

    private DealView editable(String issueKey) {
        DealView deal = readable(issueKey);
        if (!deal.canEdit()) {
            throw RestException.of(403, null, "sales-pipeline.error.view-only", issueKey);
        }
        if (!deal.editable()) {
            throw RestException.of(409, null, "sales-pipeline.error.closed", issueKey,
                    Message.of("sales-pipeline.error.closed." + deal.closed().outcome()));
        }
        return deal;
    }

    private static Map<BantCriterion, BantEntry> bantChanges(Map<String, BantJson> body) {
        if (body == null || body.isEmpty()) {
            throw RestException.badRequest(null, "sales-pipeline.error.bant-empty", "{\"BUDGET\":{\"answer\":\"CONFIRMED\"}}");
        }
        List<RestException.FieldError> errors = new ArrayList<>();
        Map<BantCriterion, BantEntry> changes = new EnumMap<>(BantCriterion.class);
        for (Map.Entry<String, BantJson> entry : new LinkedHashMap<>(body).entrySet()) {
            BantCriterion criterion = parse(BantCriterion.class, entry.getKey());
            if (criterion == null) {
                errors.add(RestException.FieldError.of(entry.getKey(), "sales-pipeline.error.bant-criterion", entry.getKey()));
                continue;
            }
            BantJson value = entry.getValue();
            BantAnswer answer = value == null ? null : parse(BantAnswer.class, value.answer());
            if (answer == null) {
                errors.add(RestException.FieldError.of(criterion.name() + ".answer", "sales-pipeline.error.bant-answer",
                        criterion.title()));
            }
            if (value != null && value.note() != null && value.note().length() > BantAssessment.MAX_NOTE_LENGTH) {
                errors.add(RestException.FieldError.of(criterion.name() + ".note", "sales-pipeline.error.bant-note",
                        criterion.title(), value.note().length(), BantAssessment.MAX_NOTE_LENGTH));
            }
            if (answer != null) {
                changes.put(criterion, new BantEntry(answer, value.note()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RestException(400, errors);
        }
        return changes;
    }

    private static String checklistOf(DealView deal, String itemId, String stage) {
        List<String> stages = deal.checklists().stream()
                .filter(c -> stage == null || c.stage().equals(stage))
                .filter(c -> c.items().stream().anyMatch(item -> item.id().equals(itemId)))
                .map(DealView.ChecklistView::stage).toList();
        if (stages.isEmpty()) {
            throw stage == null ? RestException.notFound("itemId", "sales-pipeline.error.no-item", deal.key(), itemId)
                    : RestException.notFound("itemId", "sales-pipeline.error.no-stage-item", deal.key(), stage, itemId);
        }
        if (stages.size() > 1) {
            throw RestException.badRequest("stage", "sales-pipeline.error.item-stages", itemId, String.join(", ", stages));
        }
        return stages.get(0);
    }

    private static String stageName(DealView deal, String stage) {
        return deal.checklists().stream().filter(c -> c.stage().equals(stage)).map(DealView.ChecklistView::stageName)
                .findFirst().orElse(stage);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static RestException notADeal(String issueKey) {
        return RestException.notFound("issueKey", "sales-pipeline.error.no-deal", issueKey);
    }

    /** One BANT answer in a request: UNKNOWN, PARTIAL or CONFIRMED, and an optional note (blank clears it). */
    public record BantJson(String answer, String note) {
    }

    /** A tick or untick: the item's stage (needed only when the item id is on several checklists) and the version read. */
    public record TickJson(String stage, Boolean ticked, Long version) {
    }
}
