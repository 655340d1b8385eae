package org.salespipeline.rest;

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
            errors.add(new RestException.FieldError("ticked", "Say whether the item is ticked (true or false)."));
        }
        if (body == null || body.version() == null) {
            errors.add(new RestException.FieldError("version", "Send the checklist's version as you read it."));
        }
        if (!errors.isEmpty()) {
            throw new RestException(400, errors);
        }
        String stage = checklistOf(deal, itemId, body.stage());
        try {
            return workspace.mark(issueKey, stage, itemId, body.ticked(), body.version(), access.currentUser().orElseThrow())
                    .orElseThrow(() -> notADeal(issueKey));
        } catch (StaleChecklistVersionException stale) {
            throw new RestException(409, List.of(new RestException.FieldError("version",
                    "The " + stageName(deal, stage) + " checklist was changed by someone else since you loaded it. "
                            + "Reload the deal to see the change, then try again.")));
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
            throw new RestException(403, List.of(new RestException.FieldError(null,
                    "You may view " + issueKey + " but not edit it.")));
        }
        if (!deal.editable()) {
            throw new RestException(409, List.of(new RestException.FieldError(null, issueKey + " is closed ("
                    + deal.closed().outcome().toLowerCase(Locale.ROOT) + "); reopen it to change its BANT answers or checklists.")));
        }
        return deal;
    }

    private static Map<BantCriterion, BantEntry> bantChanges(Map<String, BantJson> body) {
        if (body == null || body.isEmpty()) {
            throw RestException.badRequest(null, "Send at least one BANT answer, for example {\"BUDGET\":{\"answer\":\"CONFIRMED\"}}.");
        }
        List<RestException.FieldError> errors = new ArrayList<>();
        Map<BantCriterion, BantEntry> changes = new EnumMap<>(BantCriterion.class);
        for (Map.Entry<String, BantJson> entry : new LinkedHashMap<>(body).entrySet()) {
            BantCriterion criterion = parse(BantCriterion.class, entry.getKey());
            if (criterion == null) {
                errors.add(new RestException.FieldError(entry.getKey(),
                        "There is no BANT criterion " + entry.getKey() + "; use BUDGET, AUTHORITY, NEED or TIMELINE."));
                continue;
            }
            BantJson value = entry.getValue();
            BantAnswer answer = value == null ? null : parse(BantAnswer.class, value.answer());
            if (answer == null) {
                errors.add(new RestException.FieldError(criterion.name() + ".answer",
                        "Answer " + criterion.label() + " with UNKNOWN, PARTIAL or CONFIRMED."));
            }
            if (value != null && value.note() != null && value.note().length() > BantAssessment.MAX_NOTE_LENGTH) {
                errors.add(new RestException.FieldError(criterion.name() + ".note", "The " + criterion.label()
                        + " note has " + value.note().length() + " characters; at most " + BantAssessment.MAX_NOTE_LENGTH
                        + " are allowed."));
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
            throw RestException.notFound("itemId", stage == null
                    ? "None of " + deal.key() + "'s checklists has an item " + itemId + "."
                    : deal.key() + " has no " + stage + " checklist with an item " + itemId + ".");
        }
        if (stages.size() > 1) {
            throw RestException.badRequest("stage", "Item " + itemId + " is on the checklists of " + String.join(", ", stages)
                    + "; name the stage.");
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
        return RestException.notFound("issueKey", "There is no deal " + issueKey + " in a sales pipeline you can see.");
    }

    /** One BANT answer in a request: UNKNOWN, PARTIAL or CONFIRMED, and an optional note (blank clears it). */
    public record BantJson(String answer, String note) {
    }

    /** A tick or untick: the item's stage (needed only when the item id is on several checklists) and the version read. */
    public record TickJson(String stage, Boolean ticked, Long version) {
    }
}
