package org.salespipeline.jira.workflow;

import org.salespipeline.text.Message;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import org.salespipeline.criteria.ExitCheck;

/** Tells what a Jira issue of a deal is missing for one exit check; empty for issues that are not deals. */
public interface DealExitCriteria {

    List<Message> missing(Issue issue, ExitCheck check);
}
