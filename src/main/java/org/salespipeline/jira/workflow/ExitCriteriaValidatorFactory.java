package org.salespipeline.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.salespipeline.criteria.ExitCheck;

/** Lets an admin add the exit-criteria validator to any transition and choose which check it enforces. */
public class ExitCriteriaValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    static final String CHECKS = "checks";
    static final String SELECTED = "check";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(CHECKS, checks());
        velocityParams.put(SELECTED, ExitCheck.QUALIFICATION.argument());
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(CHECKS, checks());
        velocityParams.put(SELECTED, argument(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(SELECTED, argument(descriptor));
    }

    /** The one argument the validator keeps: which check; an unknown value is refused. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object value = formParams.get(ExitCriteriaValidator.CHECK_ARGUMENT);
        String check = value instanceof String[] values && values.length > 0 ? values[0] : String.valueOf(value);
        return Map.of(ExitCriteriaValidator.CHECK_ARGUMENT, ExitCheck.fromArgument(check).argument());
    }

    private static List<String> checks() {
        return Arrays.stream(ExitCheck.values()).map(ExitCheck::argument).toList();
    }

    private static String argument(AbstractDescriptor descriptor) {
        return (String) ((ValidatorDescriptor) descriptor).getArgs().get(ExitCriteriaValidator.CHECK_ARGUMENT);
    }
}
