package dev.zoetrope.config;

import java.util.Locale;

/**
 * The flow times at which classifier-free guidance applies: t in [from, to], where t = 1 is pure
 * noise and t = 0 the clean latent. Outside it the sampler takes the conditional velocity alone, one
 * pass instead of two (guidance in a limited interval, Kynkäänniemi et al., 2024). {@link #ALL}
 * guides every step.
 */
public record GuidanceInterval(double from, double to) {
  public static final GuidanceInterval ALL = new GuidanceInterval(0, 1);

  public GuidanceInterval {
    if (!(from >= 0 && to <= 1 && from < to)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "guidance interval must satisfy 0 <= from < to <= 1 (flow times: 1 = noise, 0 = clean), got %s,%s", from, to));
    }
  }

  /** Parses {@code FROM,TO}, e.g. {@code 0.2,0.9}. */
  public static GuidanceInterval parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) throw new IllegalArgumentException("guidance interval must be FROM,TO (e.g. 0.2,0.9), got '" + text + "'");
    try {
      return new GuidanceInterval(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("guidance interval must be two numbers FROM,TO (e.g. 0.2,0.9), got '" + text + "'");
    }
  }

  public boolean contains(double t) {
    return t >= from && t <= to;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s", from, to);
  }
}
