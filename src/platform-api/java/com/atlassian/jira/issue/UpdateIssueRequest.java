package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;

/**
 * Stand-in (compile only, never packaged) for how an issue update is carried out: which event it fires and whether mail goes out.
 * Jira kind: class
 * Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: UpdateIssueRequest.builder().eventDispatchOption(eventDispatchOption).sendMail(sendMail).build()); Jira 11.3 code calls its static builder() (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), which a class or an interface could declare
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (UpdateIssueRequest.builder().build()); the builder's eventDispatchOption and sendMail are known from older Jira only
 */
public final class UpdateIssueRequest {

    // The builder works (unlike most stand-ins) because the demo host's issue manager receives these requests.
    private UpdateIssueRequest() {
    }

    /** Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: UpdateIssueRequest.builder(), a static method of the class); Jira 11.3 code calls UpdateIssueRequest.builder().build() (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), which shows neither the class's kind nor the builder's type */
    public static UpdateIssueRequestBuilder builder() {
        return new UpdateIssueRequestBuilder();
    }

    /**
     * Builds an update request.
     * Jira kind: static nested class
     * Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: the builder chained from UpdateIssueRequest.builder()); Jira 11.3 code chains builder().build() without naming the type
     */
    public static class UpdateIssueRequestBuilder {

        private UpdateIssueRequestBuilder() {
        }

        /** Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: builder().eventDispatchOption(eventDispatchOption)) */
        public UpdateIssueRequestBuilder eventDispatchOption(EventDispatchOption eventDispatchOption) {
            return this;
        }

        /** Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: .sendMail(sendMail)) */
        public UpdateIssueRequestBuilder sendMail(boolean sendMail) {
            return this;
        }

        /** Known only from: Jira 6.3 — Jira's own DefaultIssueManager source (an unnamed public copy in the code index: ....build() giving the UpdateIssueRequest); Jira 11.3 code calls builder().build() and passes the result to updateIssue (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java) */
        public UpdateIssueRequest build() {
            return new UpdateIssueRequest();
        }
    }
}
