package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;

/**
 * Stand-in (compile only, never packaged) for how an issue update is carried out: which event it fires and whether mail goes out.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (UpdateIssueRequest.builder().build()); the builder's eventDispatchOption and sendMail are known from older Jira only
 */
public final class UpdateIssueRequest {

    private UpdateIssueRequest() {
    }

    public static UpdateIssueRequestBuilder builder() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Builds an update request. */
    public static class UpdateIssueRequestBuilder {

        private UpdateIssueRequestBuilder() {
        }

        public UpdateIssueRequestBuilder eventDispatchOption(EventDispatchOption eventDispatchOption) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public UpdateIssueRequestBuilder sendMail(boolean sendMail) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public UpdateIssueRequest build() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
