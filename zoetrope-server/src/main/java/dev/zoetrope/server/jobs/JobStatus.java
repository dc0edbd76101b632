package dev.zoetrope.server.jobs;

import java.util.Locale;

/** A job's life: queued → in_progress → completed or failed (an expired lease goes back to queued). */
public enum JobStatus {
  QUEUED,
  IN_PROGRESS,
  COMPLETED,
  FAILED;

  /** The value stored in the table and shown in the API: "queued", "in_progress", … */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean terminal() {
    return this == COMPLETED || this == FAILED;
  }

  public static JobStatus fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
