package org.salespipeline.demo;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.salespipeline.provisioning.DealFieldSpecs;
import org.salespipeline.provisioning.FieldSpec;
import org.salespipeline.provisioning.InMemoryJira;
import org.salespipeline.provisioning.PipelineProvisioning;
import org.salespipeline.provisioning.StatusCategory;

/**
 * The demo's provisioning parts: workflows, schemes, issue types, fields, options and screens in memory,
 * statuses in the demo projects' workflows; the Deal type and the deal fields exist from the start, as the demo's
 * deals have them. Tests make a step fail with {@link #failOn} to show the
 * fail-soft hand-over end to end.
 */
public final class DemoProvisioning extends InMemoryJira {

    private final DemoJira jira;

    /**
     * The Deal type of every demo project and the deal fields its deals hold are there already, each field with one
     * context for every project and its options.
     */
    DemoProvisioning(DemoJira jira) {
        this.jira = jira;
        String dealType = createIssueType(PipelineProvisioning.DEAL_TYPE, "A sales opportunity.");
        jira.projectKeys().forEach(projectKey -> addIssueTypeToProject(projectKey, dealType));
        for (FieldSpec spec : DealFieldSpecs.all()) {
            String id = givenField(spec, null);
            spec.options().forEach(option -> givenOption(id, option));
        }
    }

    @Override
    public Optional<String> findStatus(String projectKey, String name) {
        return jira.statuses(projectKey).stream().filter(status -> status.name().equalsIgnoreCase(name))
                .map(DemoJira.DemoStatus::id).findFirst();
    }

    @Override
    public String createStatus(String projectKey, String name, StatusCategory category) {
        maybeFail("status");
        return jira.addStatus(projectKey, name, category.key()).id();
    }

    @Override
    public void deleteStatus(String projectKey, String statusId) {
        maybeFailUndo("status");
        jira.removeStatus(projectKey, statusId);
    }

    /**
     * A Jira manager the demo does not offer: the app's Jira adapters are wired to it, but the demo hands
     * provisioning its own parts, so any call is a mistake.
     */
    static <T> T notOffered(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "demo's missing " + type.getSimpleName();
            }
            throw new UnsupportedOperationException("The demo provisions through DemoProvisioning, not " + type.getSimpleName());
        }));
    }
}
