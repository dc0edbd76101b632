package dev.zoetrope.server.jobs;

/**
 * Timing of a worker. The lease is how long a job stays claimed without a heartbeat: a worker that
 * dies loses its jobs to others after at most one lease. Heartbeats also carry progress, so they
 * are frequent (the studio's progress bar moves at this pace).
 */
public record WorkerSettings(long leaseMillis, long heartbeatMillis, long pollMillis) {
  public static final WorkerSettings DEFAULT = new WorkerSettings(30_000, 1_000, 500);

  public WorkerSettings {
    if (heartbeatMillis <= 0 || pollMillis <= 0) throw new IllegalArgumentException("heartbeat and poll must be > 0");
    if (leaseMillis < 3 * heartbeatMillis) {
      throw new IllegalArgumentException("the lease (" + leaseMillis + " ms) must cover at least three heartbeats ("
          + heartbeatMillis + " ms each), or a slow heartbeat would lose the job");
    }
  }
}
