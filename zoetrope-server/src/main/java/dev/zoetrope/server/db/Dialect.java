package dev.zoetrope.server.db;

/**
 * The SQL that differs between the two databases the server runs on.
 *
 * <p>Both support {@code FOR UPDATE SKIP LOCKED}, but H2 (2.3.232) applies {@code ORDER BY} and
 * {@code LIMIT} after locking: with them, the first claimer locks every queued row and the others
 * see none. Without them, H2 locks rows lazily as it reads, so the claim query has no ORDER BY and
 * the JDBC statement's maxRows is 1; the {@code jobs_queue (status, created_at)} index it scans
 * gives first-in-first-out order. PostgreSQL gets the textbook ORDER BY … LIMIT 1 form.
 */
public enum Dialect {
  H2(
      "SELECT id FROM jobs WHERE status = 'queued' FOR UPDATE SKIP LOCKED"),
  POSTGRES(
      "SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED");

  private final String claimSql;

  Dialect(String claimSql) {
    this.claimSql = claimSql;
  }

  /** Selects and row-locks at most one queued job, skipping rows other claimers hold. */
  public String claimSql() {
    return claimSql;
  }

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
    if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRES;
    throw new IllegalArgumentException(
        "unsupported database URL '" + jdbcUrl + "': use jdbc:h2:… or jdbc:postgresql://…");
  }
}
