package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;

/**
 * Stand-in (compile only, never packaged) for how an issue update is carried out: which event it fires and whether mail goes out.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (UpdateIssueRequest.builder().build()); the builder's eventDispatchOption and sendMail are known from older Jira only
 */
public final class UpdateIssueRequest {

    // The builder works (unlike most stand-ins) because the demo host's issue manager receives these requests.
    private UpdateIssueRequest() {
    }

    public static UpdateIssueRequestBuilder builder() {
        return new UpdateIssueRequestBuilder();
    }

    /** Builds an update request. */
    public static class UpdateIssueRequestBuilder {

        private UpdateIssueRequestBuilder() {
        }

        public UpdateIssueRequestBuilder eventDispatchOption(EventDispatchOption eventDispatchOption) {
            return this;
        }

        public UpdateIssueRequestBuilder sendMail(boolean sendMail) {
            return this;
        }

        public UpdateIssueRequest build() {
            return new UpdateIssueRequest();
        }
    }
}
