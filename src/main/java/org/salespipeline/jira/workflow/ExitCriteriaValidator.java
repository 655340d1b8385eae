package org.salespipeline.jira.workflow;

import org.salespipeline.text.Texts;
import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.List;
import java.util.Map;
import org.salespipeline.criteria.ExitCheck;

/**
 * A workflow validator that enforces one exit check on a transition (its {@code check} argument) and
 * refuses the move with a message naming exactly what the deal is missing.
 */
public class ExitCriteriaValidator implements Validator {

    public static final String CHECK_ARGUMENT = "check";
    static final String ISSUE = "issue";

    private final DealExitCriteria exitCriteria;
    private final Texts texts;

    /** The validator; it refuses in the language of the user making the move, through {@code texts}. */
    public ExitCriteriaValidator(DealExitCriteria exitCriteria, Texts texts) {
        this.exitCriteria = exitCriteria;
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet propertySet) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get(ISSUE);
        ExitCheck check = ExitCheck.fromArgument((String) args.get(CHECK_ARGUMENT));
        List<String> missing = texts.texts(exitCriteria.missing(issue, check));
        if (!missing.isEmpty()) {
            // One error per missing thing, so that Jira lists each on the transition screen.
            InvalidInputException refusal = new InvalidInputException(missing.get(0));
            missing.subList(1, missing.size()).forEach(refusal::addError);
            throw refusal;
        }
    }
}
