package dev.zoetrope.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.server.db.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's guarantees on the embedded H2 database (PostgreSQL: see PostgresScaleOutTest). */
class JobStoreTest {
  @TempDir Path dataDir;
  Database database;
  JobStore store;

  @BeforeEach
  void open() {
    database = Database.open(Database.embeddedUrl(dataDir), 12);
    store = new JobStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  static Job job(long createdAt) {
    return Job.queued(JobIds.newId(), "owner", null, "tiny", "a red ball", 1, new VideoSize(64, 64),
        JobSpec.text(7), null, createdAt, 2);
  }

  @Test
  void claimsOldestFirstAndNeverTwice() {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) jobs.add(job(1000 + (4 - i))); // inserted newest first
    jobs.forEach(store::insert);
    List<String> claimed = new ArrayList<>();
    for (int i = 0; i < 6; i++) store.claim("w" + i, 5000, 1000).ifPresent(j -> claimed.add(j.id()));
    List<String> expected = jobs.stream().sorted((a, b) -> Long.compare(a.createdAt(), b.createdAt())).map(Job::id).toList();
    assertEquals(expected, claimed);
  }

  @Test
  void concurrentClaimersShareTheQueueWithoutDuplicates() throws Exception {
    int count = 200;
    for (int i = 0; i < count; i++) store.insert(job(i));
    Set<String> seen = Collections.synchronizedSet(new HashSet<>());
    List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String worker = "w" + t;
      results.add(pool.submit(() -> {
        int mine = 0;
        int emptyInARow = 0;
        while (emptyInARow < 20) {
          var claimed = store.claim(worker, 10, 60_000);
          if (claimed.isEmpty()) {
            emptyInARow++;
            continue;
          }
          emptyInARow = 0;
          mine++;
          if (!seen.add(claimed.get().id())) duplicates.add(claimed.get().id());
        }
        return mine;
      }));
    }
    int total = 0;
    for (Future<Integer> result : results) total += result.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertEquals(List.of(), duplicates);
    assertEquals(count, total);
    assertEquals(count, store.countByStatus().get(JobStatus.IN_PROGRESS));
  }

  @Test
  void expiredLeaseRequeuesThenFailsAfterMaxAttempts() {
    Job job = job(1);
    store.insert(job);
    Job first = store.claim("a", 100, 1000).orElseThrow();
    assertEquals(1, first.attempts());
    assertEquals(0, store.reapExpiredLeases(1099), "lease still valid");
    assertEquals(1, store.reapExpiredLeases(1101));
    assertEquals(JobStatus.QUEUED, store.find(job.id()).orElseThrow().status());
    assertFalse(store.heartbeat(job.id(), "a", 5000, 50), "the old holder lost its lease");
    assertFalse(store.complete(job.id(), "a", 5000, null));

    store.claim("b", 2000, 1000).orElseThrow();
    assertEquals(1, store.reapExpiredLeases(3001));
    Job failed = store.find(job.id()).orElseThrow();
    assertEquals(JobStatus.FAILED, failed.status(), "max attempts is 2");
    assertEquals("lease_expired", failed.errorCode());
    assertEquals(2, failed.attempts());
  }

  @Test
  void heartbeatKeepsTheLeaseAndRecordsProgress() {
    Job job = job(1);
    store.insert(job);
    store.claim("a", 100, 1000);
    assertTrue(store.heartbeat(job.id(), "a", 1900, 40));
    assertEquals(0, store.reapExpiredLeases(1500));
    assertEquals(40, store.find(job.id()).orElseThrow().progress());
    assertTrue(store.complete(job.id(), "a", 1600, null));
    Job done = store.find(job.id()).orElseThrow();
    assertEquals(JobStatus.COMPLETED, done.status());
    assertEquals(100, done.progress());
  }

  @Test
  void deletingARunningJobCancelsItAndEndsTheLease() {
    Job job = job(1);
    store.insert(job);
    store.claim("a", 100, 1000);
    assertTrue(store.markDeleted(job.id(), 200));
    assertFalse(store.heartbeat(job.id(), "a", 1500, 10));
    Job deleted = store.find(job.id()).orElseThrow();
    assertTrue(deleted.deleted());
    assertEquals("cancelled", deleted.errorCode());
    assertEquals(0, store.reapExpiredLeases(10_000), "a cancelled job is never re-queued");
  }

  @Test
  void quotaCountsUnfinishedJobsAndJobsOfTheDayPerKey() {
    Job first = withKey(job(10), "key_a");
    assertEquals(JobStore.Admission.ADMITTED, store.insertWithinQuota(first, 2, 3, 0));
    assertEquals(JobStore.Admission.ADMITTED, store.insertWithinQuota(withKey(job(11), "key_a"), 2, 3, 0));
    assertEquals(JobStore.Admission.CONCURRENT_LIMIT, store.insertWithinQuota(withKey(job(12), "key_a"), 2, 3, 0));
    assertEquals(JobStore.Admission.ADMITTED, store.insertWithinQuota(withKey(job(12), "key_b"), 2, 3, 0), "another key");
    store.claim("w", 20, 1000);
    store.complete(first.id(), "w", 30, null);
    assertEquals(JobStore.Admission.ADMITTED, store.insertWithinQuota(withKey(job(13), "key_a"), 2, 3, 0), "one finished");
    store.markDeleted(first.id(), 40);
    assertEquals(JobStore.Admission.DAILY_LIMIT, store.insertWithinQuota(withKey(job(14), "key_a"), 9, 3, 0),
        "deleting a video does not give back its place in the day");
    assertEquals(JobStore.Admission.ADMITTED, store.insertWithinQuota(withKey(job(15), "key_a"), 9, 3, 11), "older jobs fall out of the day");
  }

  static Job withKey(Job job, String keyId) {
    return Job.queued(job.id(), job.owner(), keyId, job.model(), job.prompt(), job.seconds(), job.size(), job.spec(),
        null, job.createdAt(), job.maxAttempts());
  }

  @Test
  void releaseReturnsAJobWithoutSpendingAnAttempt() {
    Job job = job(1);
    store.insert(job);
    store.claim("a", 100, 1000);
    assertTrue(store.release(job.id(), "a"));
    Job again = store.claim("b", 200, 1000).orElseThrow();
    assertEquals(1, again.attempts());
  }
}
