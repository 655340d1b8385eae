package org.salespipeline.rest;

import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;

/**
 * The resources' one rule for reaching a pipeline: anonymous callers get 401, and a project without a
 * pipeline or out of the caller's reach gets the same 404, so that its existence is not revealed.
 */
final class VisiblePipelines {

    private final PipelineDirectory pipelines;
    private final AccessPolicy access;

    VisiblePipelines(PipelineDirectory pipelines, AccessPolicy access) {
        this.pipelines = pipelines;
        this.access = access;
    }

    static void requireUser(AccessPolicy access) {
        if (access.currentUser().isEmpty()) {
            throw RestException.unauthorized();
        }
    }

    /** Refuses callers who are not Jira administrators with 403. */
    static void requireAdmin(AccessPolicy access) {
        if (!access.isAdmin()) {
            throw RestException.of(403, null, "sales-pipeline.error.admin-only");
        }
    }

    PipelineConfig require(String projectKey) {
        requireUser(access);
        if (!access.canBrowseProject(projectKey)) {
            throw noPipeline(projectKey);
        }
        return pipelines.find(projectKey).orElseThrow(() -> noPipeline(projectKey));
    }

    private static RestException noPipeline(String projectKey) {
        return RestException.notFound("projectKey", "sales-pipeline.error.no-pipeline", projectKey);
    }
}
