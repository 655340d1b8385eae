package org.salespipeline.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.salespipeline.criteria.ExitCheck;
import org.salespipeline.criteria.Transition;

/**
 * Reads transitions as a workflow descriptor declares them: the status each leads to (the target step's linked
 * status, which Jira keeps in the step's {@value #STATUS_ID} meta attribute) and the exit checks of the app's
 * validators on it. Other validators, and ours with an unknown check, add nothing.
 */
public final class WorkflowTransitions {

    /** The meta attribute of a workflow step that names its Jira status. */
    public static final String STATUS_ID = "jira.status.id";
    /** The result step of a transition that stays in the step it starts from. */
    private static final int ORIGIN_STEP = -1;

    private WorkflowTransitions() {
    }

    /**
     * The given actions of the workflow as transitions of an issue in the status; a transition that leaves the issue
     * in its own step leads to that status. Status names come from the given lookup (the id when it knows none).
     */
    public static List<Transition> of(WorkflowDescriptor workflow, Collection<ActionDescriptor> actions,
            String currentStatusId, Function<String, String> statusNames) {
        List<Transition> transitions = new ArrayList<>();
        for (ActionDescriptor action : actions) {
            String target = targetStatus(workflow, action, currentStatusId);
            if (target == null) {
                continue;
            }
            String name = statusNames.apply(target);
            transitions.add(new Transition(action.getId(), action.getName(), target, name == null ? target : name,
                    checks(action)));
        }
        return transitions;
    }

    /** The exit checks the app's validators enforce on the action, in the order they run. */
    @SuppressWarnings("rawtypes")
    public static List<ExitCheck> checks(ActionDescriptor action) {
        List<ExitCheck> checks = new ArrayList<>();
        for (Object item : action.getValidators()) {
            Map args = ((ValidatorDescriptor) item).getArgs();
            if (!WorkflowXml.VALIDATOR_CLASS.equals(args.get("class.name"))) {
                continue;
            }
            try {
                checks.add(ExitCheck.fromArgument((String) args.get(ExitCriteriaValidator.CHECK_ARGUMENT)));
            } catch (IllegalArgumentException unknown) {
                // The validator itself refuses to run with it; nothing we can name.
            }
        }
        return checks;
    }

    private static String targetStatus(WorkflowDescriptor workflow, ActionDescriptor action, String currentStatusId) {
        ResultDescriptor result = action.getUnconditionalResult();
        if (result == null) {
            return null;
        }
        if (result.getStep() == ORIGIN_STEP) {
            return currentStatusId;
        }
        StepDescriptor step = workflow.getStep(result.getStep());
        Object status = step == null ? null : step.getMetaAttributes().get(STATUS_ID);
        return status == null ? null : status.toString();
    }
}
