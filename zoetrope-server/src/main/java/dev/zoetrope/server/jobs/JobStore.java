package dev.zoetrope.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.server.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jobs table. Every state change is one conditional UPDATE, so a worker that lost its lease
 * (the job was re-queued and claimed by another) can no longer heartbeat, complete or fail it.
 */
public final class JobStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, owner, key_id, status, progress, model, prompt, seconds, size, spec, remixed_from,"
          + " created_at, started_at, completed_at, expires_at, error_code, error_message, attempts,"
          + " max_attempts, lease_owner, lease_expires_at, deleted";

  private final Database database;

  public JobStore(Database database) {
    this.database = database;
  }

  /** Why {@link #insertWithinQuota} refused a job, or {@code ADMITTED}. */
  public enum Admission { ADMITTED, CONCURRENT_LIMIT, DAILY_LIMIT }

  /**
   * Inserts {@code job} unless its key already has {@code maxConcurrent} unfinished jobs or created
   * {@code maxPerDay} since {@code dayStart}. The key's row is locked for the check, so two
   * concurrent requests cannot both slip under the limit.
   */
  public Admission insertWithinQuota(Job job, int maxConcurrent, int maxPerDay, long dayStart) {
    return database.inTransaction(c -> {
      if (job.keyId() != null) {
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM api_keys WHERE id = ? FOR UPDATE")) {
          lock.setString(1, job.keyId());
          lock.executeQuery().close();
        }
        long active = count(c, "SELECT COUNT(*) FROM jobs WHERE key_id = ? AND deleted = FALSE"
            + " AND status IN ('queued', 'in_progress')", job.keyId(), null);
        if (active >= maxConcurrent) return Admission.CONCURRENT_LIMIT;
        long today = count(c, "SELECT COUNT(*) FROM jobs WHERE key_id = ? AND created_at >= ?", job.keyId(), dayStart);
        if (today >= maxPerDay) return Admission.DAILY_LIMIT;
      }
      insert(c, job);
      return Admission.ADMITTED;
    });
  }

  public void insert(Job job) {
    database.withConnection(c -> {
      insert(c, job);
      return null;
    });
  }

  public Optional<Job> find(String id) {
    return database.withConnection(c -> find(c, id));
  }

  /**
   * One page of an owner's videos, newest first (or oldest first), starting after {@code afterId}.
   * Returns up to {@code limit + 1} jobs so the caller can tell whether more exist.
   */
  public List<Job> list(String owner, Job after, int limit, boolean ascending) {
    String direction = ascending ? "ASC" : "DESC";
    String cursor = after == null ? ""
        : ascending ? " AND (created_at > ? OR (created_at = ? AND id > ?))"
            : " AND (created_at < ? OR (created_at = ? AND id < ?))";
    String sql = "SELECT " + COLUMNS + " FROM jobs WHERE owner = ? AND deleted = FALSE" + cursor
        + " ORDER BY created_at " + direction + ", id " + direction + " LIMIT ?";
    return database.withConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        s.setString(i++, owner);
        if (after != null) {
          s.setLong(i++, after.createdAt());
          s.setLong(i++, after.createdAt());
          s.setString(i++, after.id());
        }
        s.setInt(i, limit + 1);
        List<Job> jobs = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) jobs.add(read(r));
        }
        return jobs;
      }
    });
  }

  /**
   * Claims the oldest queued job for {@code leaseToken} until {@code now + leaseMillis}, counting
   * an attempt. Empty when the queue is empty or every queued row is held by another claimer.
   */
  public Optional<Job> claim(String leaseToken, long now, long leaseMillis) {
    return database.inTransaction(c -> {
      String id;
      try (Statement select = c.createStatement()) {
        select.setMaxRows(1); // with H2's claim SQL this is the LIMIT (see Dialect)
        try (ResultSet r = select.executeQuery(database.dialect().claimSql())) {
          if (!r.next()) return Optional.empty();
          id = r.getString(1);
        }
      }
      int claimed = update(c, "UPDATE jobs SET status = 'in_progress', lease_owner = ?, lease_expires_at = ?,"
          + " attempts = attempts + 1, progress = 0, started_at = ? WHERE id = ? AND status = 'queued'",
          leaseToken, now + leaseMillis, now, id);
      return claimed == 1 ? find(c, id) : Optional.<Job>empty();
    });
  }

  /** Extends the lease and records progress; false when the lease was lost or the job deleted. */
  public boolean heartbeat(String id, String leaseToken, long leaseExpiresAt, int progress) {
    return database.withConnection(c -> update(c,
        "UPDATE jobs SET lease_expires_at = ?, progress = ? WHERE id = ? AND lease_owner = ? AND status = 'in_progress'",
        leaseExpiresAt, progress, id, leaseToken) == 1);
  }

  public boolean complete(String id, String leaseToken, long now, Long expiresAt) {
    return database.withConnection(c -> update(c,
        "UPDATE jobs SET status = 'completed', progress = 100, completed_at = ?, expires_at = ?,"
            + " lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND status = 'in_progress'",
        now, expiresAt, id, leaseToken) == 1);
  }

  public boolean fail(String id, String leaseToken, String code, String message, long now) {
    return database.withConnection(c -> update(c,
        "UPDATE jobs SET status = 'failed', error_code = ?, error_message = ?, completed_at = ?,"
            + " lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND status = 'in_progress'",
        code, truncate(message, 2000), now, id, leaseToken) == 1);
  }

  /** Puts a job back in the queue without counting the attempt (a worker shutting down cleanly). */
  public boolean release(String id, String leaseToken) {
    return database.withConnection(c -> update(c,
        "UPDATE jobs SET status = 'queued', progress = 0, attempts = attempts - 1, lease_owner = NULL,"
            + " lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND status = 'in_progress'",
        id, leaseToken) == 1);
  }

  /**
   * Jobs whose lease ran out (their worker died): back to the queue, or failed once they have used
   * every attempt. Returns how many jobs were re-queued plus failed.
   */
  public int reapExpiredLeases(long now) {
    return database.inTransaction(c -> {
      int failed = update(c, "UPDATE jobs SET status = 'failed', error_code = 'lease_expired',"
          + " error_message = 'the worker running this job stopped responding too many times', completed_at = ?,"
          + " lease_owner = NULL, lease_expires_at = NULL"
          + " WHERE status = 'in_progress' AND lease_expires_at < ? AND attempts >= max_attempts", now, now);
      int requeued = update(c, "UPDATE jobs SET status = 'queued', progress = 0, lease_owner = NULL, lease_expires_at = NULL"
          + " WHERE status = 'in_progress' AND lease_expires_at < ?", now);
      return failed + requeued;
    });
  }

  /** Hides a job from its owner; a queued or running job is cancelled (its worker's lease ends). */
  public boolean markDeleted(String id, long now) {
    return database.withConnection(c -> update(c,
        "UPDATE jobs SET deleted = TRUE, lease_owner = NULL, lease_expires_at = NULL,"
            + " error_code = CASE WHEN status IN ('queued', 'in_progress') THEN 'cancelled' ELSE error_code END,"
            + " error_message = CASE WHEN status IN ('queued', 'in_progress') THEN 'deleted before it finished' ELSE error_message END,"
            + " completed_at = CASE WHEN status IN ('queued', 'in_progress') THEN ? ELSE completed_at END,"
            + " status = CASE WHEN status IN ('queued', 'in_progress') THEN 'failed' ELSE status END"
            + " WHERE id = ? AND deleted = FALSE", now, id) == 1);
  }

  /** How many jobs are in each status (deleted ones included), for health and benchmarks. */
  public Map<JobStatus, Long> countByStatus() {
    return database.withConnection(c -> {
      Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
      for (JobStatus status : JobStatus.values()) counts.put(status, 0L);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM jobs GROUP BY status")) {
        while (r.next()) counts.put(JobStatus.fromWire(r.getString(1)), r.getLong(2));
      }
      return counts;
    });
  }

  private static Optional<Job> find(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  private static void insert(Connection c, Job job) throws SQLException {
    update(c, "INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        job.id(), job.owner(), job.keyId(), job.status().wire(), job.progress(), job.model(), job.prompt(),
        String.valueOf(job.seconds()), job.size().toString(), toJson(job.spec()), job.remixedFrom(),
        job.createdAt(), job.startedAt(), job.completedAt(), job.expiresAt(), job.errorCode(),
        job.errorMessage(), job.attempts(), job.maxAttempts(), job.leaseOwner(), job.leaseExpiresAt(),
        job.deleted());
  }

  private static Job read(ResultSet r) throws SQLException {
    return new Job(r.getString("id"), r.getString("owner"), r.getString("key_id"),
        JobStatus.fromWire(r.getString("status")), r.getInt("progress"), r.getString("model"),
        r.getString("prompt"), Integer.parseInt(r.getString("seconds")), VideoSize.parseOrNull(r.getString("size")),
        fromJson(r.getString("spec")), r.getString("remixed_from"), r.getLong("created_at"),
        nullableLong(r, "started_at"), nullableLong(r, "completed_at"), nullableLong(r, "expires_at"),
        r.getString("error_code"), r.getString("error_message"), r.getInt("attempts"), r.getInt("max_attempts"),
        r.getString("lease_owner"), nullableLong(r, "lease_expires_at"), r.getBoolean("deleted"));
  }

  private static Long nullableLong(ResultSet r, String column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  private static long count(Connection c, String sql, String key, Long since) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      if (since != null) s.setLong(2, since);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) bind(s, i + 1, values[i]);
      return s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
    if (value == null) s.setNull(index, Types.NULL); // untyped: PostgreSQL infers the column type
    else if (value instanceof Long l) s.setLong(index, l);
    else if (value instanceof Integer i) s.setInt(index, i);
    else if (value instanceof Boolean b) s.setBoolean(index, b);
    else s.setString(index, value.toString());
  }

  private static String truncate(String text, int max) {
    if (text == null) return null;
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String toJson(JobSpec spec) {
    try {
      return JSON.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("job spec is not serialisable", e);
    }
  }

  private static JobSpec fromJson(String json) {
    try {
      return JSON.readValue(json, JobSpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt job spec in the database: " + json, e);
    }
  }
}
