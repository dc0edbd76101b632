package dev.zoetrope.server.jobs;

import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.generate.VideoGenerator;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.models.GeneratorFactory;
import dev.zoetrope.server.models.InstalledModel;
import dev.zoetrope.server.models.ModelCatalog;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation at a time: re-queue expired leases, claim the oldest queued job, run it while a
 * heartbeat extends the lease and records progress, then complete or fail it. A worker that loses
 * its lease (deleted job, or it stalled and another worker took over) abandons the job.
 */
public final class Worker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

  private final String name;
  private final JobStore store;
  private final JobRunner runner;
  private final ModelCatalog models;
  private final GeneratorFactory factory;
  private final ResultFiles files;
  private final WorkerSettings settings;
  private final Clock clock;
  private final Map<String, VideoGenerator> generators = new HashMap<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final ScheduledExecutorService heartbeats;

  public Worker(String name, JobStore store, JobRunner runner, ModelCatalog models, GeneratorFactory factory,
      ResultFiles files, WorkerSettings settings, Clock clock) {
    this.name = name;
    this.store = store;
    this.runner = runner;
    this.models = models;
    this.factory = factory;
    this.files = files;
    this.settings = settings;
    this.clock = clock;
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, name + "-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Asks the loop to end; a running job is handed back to the queue. */
  public void stop() {
    stopping.set(true);
  }

  @Override
  public void run() {
    try {
      warmUp();
      while (!stopping.get()) {
        if (!runOnce()) sleep(settings.pollMillis());
      }
    } finally {
      heartbeats.shutdownNow();
      generators.values().forEach(VideoGenerator::close);
      generators.clear();
    }
  }

  /**
   * Loads the default model before claiming anything: loading takes seconds, and a job claimed
   * first would sit at 0% meanwhile. A model that cannot load fails here, in the log, at startup.
   */
  private void warmUp() {
    try {
      generator(models.defaultModel().id());
    } catch (RuntimeException e) {
      LOG.error("{}: cannot load model '{}': {}", name, models.defaultModel().id(), e.getMessage());
    }
  }

  /** Reaps, then claims and runs at most one job; false when there was nothing to do. */
  boolean runOnce() {
    try {
      store.reapExpiredLeases(clock.millis());
      String leaseToken = name + "/" + UUID.randomUUID();
      Optional<Job> claimed = store.claim(leaseToken, clock.millis(), settings.leaseMillis());
      claimed.ifPresent(job -> process(job, leaseToken));
      return claimed.isPresent();
    } catch (RuntimeException e) {
      // A database outage must not kill the worker: log, back off, and try again.
      LOG.warn("{}: {}", name, e.getMessage());
      return false;
    }
  }

  private void process(Job job, String leaseToken) {
    LOG.info("{}: running {} ({} {}s {}, attempt {})", name, job.id(), job.spec().mode(), job.seconds(), job.size(), job.attempts());
    AtomicBoolean leaseLost = new AtomicBoolean();
    AtomicInteger progress = new AtomicInteger();
    ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(
        () -> beat(job.id(), leaseToken, progress.get(), leaseLost),
        settings.heartbeatMillis(), settings.heartbeatMillis(), TimeUnit.MILLISECONDS);
    ProgressListener listener = (fraction, stage) -> {
      if (leaseLost.get() || stopping.get()) throw new JobInterrupted();
      progress.set(1 + (int) Math.round(Math.max(0, Math.min(1, fraction)) * 94));
    };
    try {
      runner.run(job, generator(job.model()), listener);
      heartbeat.cancel(false);
      if (!store.complete(job.id(), leaseToken, clock.millis(), null)) abandoned(job);
      else LOG.info("{}: completed {}", name, job.id());
    } catch (JobInterrupted e) {
      heartbeat.cancel(false);
      if (stopping.get() && !leaseLost.get()) store.release(job.id(), leaseToken);
      else abandoned(job);
    } catch (IllegalArgumentException e) {
      heartbeat.cancel(false);
      store.fail(job.id(), leaseToken, "invalid_request", e.getMessage(), clock.millis());
    } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
      heartbeat.cancel(false);
      LOG.warn("{}: {} failed", name, job.id(), e);
      store.fail(job.id(), leaseToken, "generation_failed", String.valueOf(e.getMessage()), clock.millis());
    }
  }

  private void beat(String id, String leaseToken, int progress, AtomicBoolean leaseLost) {
    try {
      if (!store.heartbeat(id, leaseToken, clock.millis() + settings.leaseMillis(), progress)) leaseLost.set(true);
    } catch (RuntimeException e) {
      LOG.warn("{}: heartbeat of {} failed: {}", name, id, e.getMessage()); // the next beat may succeed
    }
  }

  /** The lease is gone: another worker owns the job now, or it was deleted (then its files go too). */
  private void abandoned(Job job) {
    boolean deleted = store.find(job.id()).map(Job::deleted).orElse(true);
    LOG.info("{}: abandoned {} ({})", name, job.id(), deleted ? "deleted" : "lease lost");
    if (deleted) files.deleteAll(job.id());
  }

  private VideoGenerator generator(String modelId) {
    InstalledModel model = models.find(modelId).orElseThrow(() -> new IllegalArgumentException(
        "model '" + modelId + "' is not installed on worker " + name));
    return generators.computeIfAbsent(modelId, id -> factory.open(model));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Thrown from the progress callback to stop a generation whose lease is gone. */
  private static final class JobInterrupted extends RuntimeException {
    JobInterrupted() {
      super("job interrupted", null, false, false);
    }
  }
}
