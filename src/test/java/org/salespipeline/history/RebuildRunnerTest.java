package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The background rebuild runs under the project's cluster lock, and leaves a project another node is rebuilding. */
class RebuildRunnerTest {

    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Map<String, RebuildProgress> saved = new ConcurrentHashMap<>();
    private final RebuildProgressStore progress = new RebuildProgressStore() {
        @Override
        public Optional<RebuildProgress> find(String projectKey) {
            return Optional.ofNullable(saved.get(projectKey));
        }

        @Override
        public void save(RebuildProgress value) {
            saved.put(value.projectKey(), value);
        }
    };

    @Test
    @DisplayName("a free project is rebuilt in the background and its lock released afterwards")
    void rebuildsUnderLock() throws Exception {
        RebuildRunner runner = runner();

        Optional<RebuildProgress> result = runner.start("ACME").get(10, TimeUnit.SECONDS);

        assertThat(result).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(RebuildProgress.State.FINISHED));
        assertThat(locks.get(RebuildRunner.LOCK_PREFIX + "ACME").tryLock()).isTrue();
        runner.stop();
    }

    @Test
    @DisplayName("while another node holds the project's lock, the rebuild is left to it")
    void leavesBusyProject() throws Exception {
        Lock lock = locks.computeIfAbsent(RebuildRunner.LOCK_PREFIX + "ACME", name -> new ReentrantLock());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> {
            lock.lock();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        otherNode.start();
        held.await();
        RebuildRunner runner = runner();

        assertThat(runner.start("ACME").get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(saved).isEmpty();
        release.countDown();
        otherNode.join();
        runner.stop();
    }

    private RebuildRunner runner() {
        StageLog log = (StageLog) java.lang.reflect.Proxy.newProxyInstance(StageLog.class.getClassLoader(),
                new Class<?>[] {StageLog.class}, (proxy, method, args) -> null);
        ChangeHistorySource empty = new ChangeHistorySource() {
            @Override
            public int count(String projectKey) {
                return 0;
            }

            @Override
            public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
            }
        };
        HistoryRebuild rebuild = new HistoryRebuild(log, progress, Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        return new RebuildRunner(rebuild, empty, name -> locks.computeIfAbsent(name, key -> new ReentrantLock()));
    }

}
