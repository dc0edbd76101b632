package dev.zoetrope.server.keys;

/** Per-key limits: unfinished jobs at once, and jobs created per rolling day. */
public record Quota(int maxConcurrent, int maxPerDay) {
  public static final Quota DEFAULT = new Quota(4, 500);
  public static final Quota UNLIMITED = new Quota(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public Quota {
    if (maxConcurrent < 1) throw new IllegalArgumentException("max concurrent jobs must be >= 1, got " + maxConcurrent);
    if (maxPerDay < 1) throw new IllegalArgumentException("max jobs per day must be >= 1, got " + maxPerDay);
  }
}
