package dev.zoetrope.safety.moderation;

import java.util.Locale;

/** What the content policy refuses to generate, most severe first (ties resolve in this order). */
public enum Category {
  SEXUAL_MINORS,
  SEXUAL,
  GRAPHIC_VIOLENCE,
  SELF_HARM,
  HATE,
  REAL_PERSON_LIKENESS,
  COPYRIGHTED_CHARACTER;

  /** The name used in files, JSON and API errors, e.g. {@code sexual_minors}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Category fromId(String id) {
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown moderation category '" + id + "'");
    }
  }
}
