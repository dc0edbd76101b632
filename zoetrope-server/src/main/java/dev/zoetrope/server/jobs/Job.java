package dev.zoetrope.server.jobs;

import java.util.Objects;

/**
 * One row of the jobs table: a requested video and where its generation stands. Times are epoch
 * milliseconds; {@code null} where not yet known.
 */
public record Job(
    String id,
    String owner,
    String keyId,
    JobStatus status,
    int progress,
    String model,
    String prompt,
    int seconds,
    VideoSize size,
    JobSpec spec,
    String remixedFrom,
    long createdAt,
    Long startedAt,
    Long completedAt,
    Long expiresAt,
    String errorCode,
    String errorMessage,
    int attempts,
    int maxAttempts,
    String leaseOwner,
    Long leaseExpiresAt,
    boolean deleted) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(spec, "spec");
    if (progress < 0 || progress > 100) throw new IllegalArgumentException("progress " + progress);
    if (seconds < 1) throw new IllegalArgumentException("seconds " + seconds);
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts " + maxAttempts);
  }

  /** A new queued job. */
  public static Job queued(
      String id, String owner, String keyId, String model, String prompt, int seconds, VideoSize size,
      JobSpec spec, String remixedFrom, long now, int maxAttempts) {
    return new Job(id, owner, keyId, JobStatus.QUEUED, 0, model, prompt, seconds, size, spec,
        remixedFrom, now, null, null, null, null, null, 0, maxAttempts, null, null, false);
  }
}
