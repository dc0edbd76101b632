package dev.zoetrope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.server.jobs.Job;
import dev.zoetrope.server.jobs.JobStatus;
import dev.zoetrope.server.jobs.JobStore;
import dev.zoetrope.server.keys.Quota;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on a real PostgreSQL: one API node (this JVM, no workers) and two worker processes
 * share 50 jobs; one worker is killed with SIGKILL mid-job and its job completes on the other
 * after the lease expires. No job is lost and none runs to completion twice.
 */
class PostgresScaleOutTest {
  private static final Pattern COMPLETED = Pattern.compile("completed (video_[0-9a-f]{32})");

  @TempDir Path dataDir;

  @Test
  void twoWorkerProcessesShareFiftyJobsAndSurviveAKilledWorker() throws Exception {
    TestModels.checkpoint();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (TestServer api = TestServer.start(TestServer.config(dataDir, 0).withDatabase(url), TestModels.factory());
          ChildJvm workerA = ChildJvm.start("pg-worker-a", "worker", dataDir.toString(), url, "1");
          ChildJvm workerB = ChildJvm.start("pg-worker-b", "worker", dataDir.toString(), url, "1")) {
        workerA.awaitReady(Duration.ofSeconds(60));
        workerB.awaitReady(Duration.ofSeconds(60));
        Http http = api.client("scale", new Quota(100, 1000));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          Http.Response created = http.postJson("/v1/videos", Map.of("prompt", "ball " + i + " moves right", "seconds", "1", "size", TestModels.SIZE));
          assertEquals(200, created.status(), created.text());
          ids.add(created.json().get("id").asText());
        }
        JobStore jobs = new JobStore(api.server.database());
        String orphan = killMidJob(workerA, jobs, ids);

        for (String id : ids) assertEquals("completed", http.awaitFinished(id, Duration.ofSeconds(240)).get("status").asText(), id);
        Job rerun = jobs.find(orphan).orElseThrow();
        assertEquals(2, rerun.attempts(), "the killed worker's job ran a second time");
        assertEquals(JobStatus.COMPLETED, rerun.status());

        Map<String, Integer> completions = awaitCompletionLines(List.of(workerA, workerB), ids.size());
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(completions.keySet());
        assertEquals(new HashSet<>(ids), completions.keySet(), () -> "every job completed by a worker; none printed for " + missing
            + "\nworker A's last lines:\n" + lastLines(workerA, 15) + "\nworker B's last lines:\n" + lastLines(workerB, 15));
        assertTrue(completions.values().stream().allMatch(n -> n == 1), "no job completed twice: " + completions);
        assertTrue(COMPLETED.matcher(workerB.output()).find() && workerB.output().contains(orphan));
      }
    }
  }

  /**
   * Counts the "completed" lines the workers printed. A worker prints its line just after the
   * database marks the job completed, so the last line may trail the API's answer: this waits up
   * to 30 s for {@code expected} distinct jobs before counting for good.
   */
  private static Map<String, Integer> awaitCompletionLines(List<ChildJvm> workers, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      Map<String, Integer> completions = new HashMap<>();
      for (ChildJvm worker : workers) {
        Matcher matcher = COMPLETED.matcher(worker.output());
        while (matcher.find()) completions.merge(matcher.group(1), 1, Integer::sum);
      }
      if (completions.size() >= expected || System.nanoTime() > deadline) return completions;
      Thread.sleep(100);
    }
  }

  private static String lastLines(ChildJvm worker, int count) {
    try {
      List<String> lines = worker.output().lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (java.io.IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** Kills worker A with SIGKILL while it is early in a job; returns the id of the job it died holding. */
  private static String killMidJob(ChildJvm worker, JobStore jobs, List<String> ids) throws InterruptedException {
    String leasePrefix = worker.pid() + "@";
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      for (String id : ids) {
        Optional<Job> job = jobs.find(id);
        if (job.isPresent() && job.get().status() == JobStatus.IN_PROGRESS && job.get().leaseOwner() != null
            && job.get().leaseOwner().startsWith(leasePrefix) && job.get().progress() < 50) {
          worker.kill();
          // A may have finished that job and claimed the next one just before the kill: the job it
          // died holding is whichever is still leased to it.
          for (String held : ids) {
            Job after = jobs.find(held).orElseThrow();
            if (after.status() == JobStatus.IN_PROGRESS && String.valueOf(after.leaseOwner()).startsWith(leasePrefix)) return held;
          }
          throw new AssertionError("worker A held no job when it was killed; cannot check the re-run");
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("worker A never ran a job");
  }
}
