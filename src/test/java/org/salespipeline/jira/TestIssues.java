package org.salespipeline.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import org.salespipeline.demo.data.DealSpec;

/** Jira issues built from generated deals, for adapter tests. */
final class TestIssues {

    private TestIssues() {
    }

    static Issue deal(DealSpec deal) {
        String status = deal.history().get(deal.history().size() - 1).statusId();
        return new Issue() {
            @Override
            public Long getId() {
                return deal.issueId();
            }

            @Override
            public String getKey() {
                return deal.key();
            }

            @Override
            public String getSummary() {
                return deal.summary();
            }

            @Override
            public Status getStatus() {
                return new Status() {
                    @Override
                    public String getId() {
                        return status;
                    }

                    @Override
                    public String getName() {
                        return status;
                    }
                };
            }

            @Override
            public IssueType getIssueType() {
                return () -> JiraDeals.DEAL_TYPE;
            }

            @Override
            public Project getProjectObject() {
                return new Project() {
                    @Override
                    public Long getId() {
                        return 1L;
                    }

                    @Override
                    public String getKey() {
                        return deal.projectKey();
                    }
                };
            }

            @Override
            public Timestamp getCreated() {
                return Timestamp.from(deal.created());
            }

            @Override
            public ApplicationUser getAssignee() {
                return deal.owner() == null ? null : deal::owner;
            }

            @Override
            public Object getCustomFieldValue(CustomField customField) {
                return null;
            }
        };
    }
}
