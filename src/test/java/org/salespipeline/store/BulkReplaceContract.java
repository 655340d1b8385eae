package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.LoggedChange;

/** Replacing many deals at once leaves exactly the log that recording their changes one by one leaves. */
public abstract class BulkReplaceContract extends StoreContract {

    private static final HistoryFile DATA = DealGenerator.generate(91L, 60, "ACME", Instant.parse("2026-06-01T00:00:00Z"));

    private StoreFixture store;

    @Before
    public void emptyStore() throws Exception {
        store = StoreFixture.clean(entityManager);
        store.pipelines.save(DATA.pipelines().get(0).config());
    }

    @Test
    @NonTransactional
    public void givenDealsRecordedChangeByChange_whenReplacedInBulk_thenTheLogIsTheSame() {
        recordChangeByChange(store.stageLog);
        Map<Long, String> recorded = snapshot();

        store.stageLog.forgetProject("ACME");
        store.stageLog.replaceAll("ACME", DATA.deals().stream().map(DealSpec::toChanges).toList());

        assertThat(snapshot()).isEqualTo(recorded);
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenReplacedInBulkAgain_thenTheLogIsTheSameAndNothingIsDoubled() {
        List<DealChanges> deals = DATA.deals().stream().map(DealSpec::toChanges).toList();
        store.stageLog.replaceAll("ACME", deals);
        Map<Long, String> first = snapshot();

        store.stageLog.replaceAll("ACME", deals);

        assertThat(snapshot()).isEqualTo(first);
        assertThat(store.ao.count(TransitionEntity.class))
                .isEqualTo(DATA.deals().stream().mapToInt(deal -> deal.history().size()).sum());
    }

    @Test
    @NonTransactional
    public void givenHostWithoutBatchCreate_whenReplacedInBulk_thenTheLogIsTheSameAsChangeByChange() {
        recordChangeByChange(store.stageLog);
        Map<Long, String> recorded = snapshot();
        store.stageLog.forgetProject("ACME");

        new AoStageLog(withoutBatchCreate(store.ao), store.pipelines, store.sql)
                .replaceAll("ACME", DATA.deals().stream().map(DealSpec::toChanges).toList());

        assertThat(snapshot()).isEqualTo(recorded);
    }

    private static void recordChangeByChange(AoStageLog stageLog) {
        for (DealSpec deal : DATA.deals()) {
            for (LoggedChange change : deal.toChanges().changes()) {
                stageLog.record("ACME", deal.toFacts(), change);
            }
        }
    }

    /** Every deal's state row, stays and logged changes, as text per issue id. */
    private Map<Long, String> snapshot() {
        Map<Long, String> deals = new TreeMap<>();
        for (DealEntity row : store.ao.find(DealEntity.class, "PROJECT_KEY = ?", "ACME")) {
            String stays = Arrays.stream(store.ao.find(StayEntity.class, "ISSUE_ID = ?", row.getIssueId()))
                    .sorted(Comparator.comparingLong(StayEntity::getEnteredAt))
                    .map(s -> s.getStageKey() + "@" + s.getEnteredAt() + ".." + s.getEndedAt() + "=" + s.getDurationMs())
                    .toList().toString();
            deals.put(row.getIssueId(), String.join("|", row.getIssueKey(), String.valueOf(row.getIssueNumber()),
                    row.getSummary(), String.valueOf(row.getCreatedAt()), String.valueOf(row.getAmount()), row.getOwner(),
                    String.valueOf(row.getCloseDay()), row.getStageKey(), row.getCurrentOutcome(),
                    String.valueOf(row.getEnteredAt()), String.valueOf(row.getFurthest()), row.getOutcome(),
                    String.valueOf(row.getOutcomeAt()), row.getOutcomeReason(), stays,
                    store.stageLog.changes(row.getIssueId()).toString()));
        }
        assertThat(deals).hasSize(DATA.deals().size());
        return deals;
    }

    /** The Active Objects service of a host whose Active Objects predates the batch create. */
    private static ActiveObjects withoutBatchCreate(ActiveObjects ao) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create") && args.length == 2 && args[1] instanceof List) {
                        throw new AbstractMethodError("create(Class, List)");
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
