package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.type.EventType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.DemoCustomFieldManager;
import org.salespipeline.demo.DemoJira;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.feed.DealFeed;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StageLog;

/** The listener registers through its lifecycle and never lets a failure of the app reach a Jira transition. */
class JiraDealEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    @DisplayName("start registers the listener with the event publisher and stop unregisters it")
    void lifecycle() {
        List<Object> registered = new ArrayList<>();
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void register(Object listener) {
                registered.add(listener);
            }

            @Override
            public void unregister(Object listener) {
                registered.remove(listener);
            }
        };
        JiraDealEventListener listener = new JiraDealEventListener(publisher, null, null, null, Clock.systemUTC(),
                new IssueEventTally(Clock.systemUTC()));

        listener.start();
        assertThat(registered).containsExactly(listener);
        listener.stop();
        assertThat(registered).isEmpty();
    }

    @Test
    @DisplayName("when the store fails while logging a transition, the listener logs the failure and returns normally")
    void storeFailureNeverReachesJira() {
        HistoryFile data = DealGenerator.generate(5L, 1, "ACME", NOW);
        PipelineConfig config = data.pipelines().get(0).config();
        PipelineDirectory pipelines = new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return Optional.of(config);
            }

            @Override
            public List<PipelineConfig> all() {
                return List.of(config);
            }

            @Override
            public void save(PipelineConfig saved) {
            }

            @Override
            public void delete(String projectKey) {
            }
        };
        DealFeed feed = new DealFeed(pipelines, failingStageLog(), emptyHistory());
        JiraDeals deals = new JiraDeals(new DealFields(new DemoCustomFieldManager(name -> List.of())));
        DemoJira jira = new DemoJira(data);
        BantScoreWriter bantScore = new BantScoreWriter(new DemoCustomFieldManager(name -> List.of()), deals, jira.issueManager(), jira.authenticationContext());
        JiraDealEventListener listener = new JiraDealEventListener(null, feed, deals, bantScore, Clock.fixed(NOW, ZoneOffset.UTC),
                new IssueEventTally(Clock.fixed(NOW, ZoneOffset.UTC)));
        var issue = jira.issue(data.deals().get(0).key());

        assertThatCode(() -> listener.onIssue(EventType.ISSUE_GENERICEVENT_ID, issue)).doesNotThrowAnyException();
        assertThatCode(() -> listener.onIssue(EventType.ISSUE_CREATED_ID, issue)).doesNotThrowAnyException();
        assertThatCode(() -> listener.onIssue(EventType.ISSUE_DELETED_ID, issue)).doesNotThrowAnyException();
    }

    private static StageLog failingStageLog() {
        return (StageLog) java.lang.reflect.Proxy.newProxyInstance(StageLog.class.getClassLoader(),
                new Class<?>[] {StageLog.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("The database is down");
                });
    }

    private static ChangeHistorySource emptyHistory() {
        return new ChangeHistorySource() {
            @Override
            public int count(String projectKey) {
                return 0;
            }

            @Override
            public void deals(String projectKey, long afterIssueId, java.util.function.Predicate<org.salespipeline.history.DealChanges> consumer) {
            }
        };
    }

}
