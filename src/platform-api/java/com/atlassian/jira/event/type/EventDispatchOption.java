package com.atlassian.jira.event.type;

/**
 * Stand-in (compile only, never packaged) for whether an issue update fires an event.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (the update path it configures); DO_NOT_DISPATCH is known from older Jira only
 */
public interface EventDispatchOption {

    EventDispatchOption DO_NOT_DISPATCH = null;
}
