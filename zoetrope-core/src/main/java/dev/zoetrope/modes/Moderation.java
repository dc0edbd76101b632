package dev.zoetrope.modes;

import dev.zoetrope.safety.moderation.ModerationResult;
import dev.zoetrope.safety.moderation.Moderator;
import java.util.Locale;
import java.util.Optional;

/**
 * The check a prompt passes before anything is generated or written. A block carries a reason
 * for the user naming the category; callers stop with nothing written (the CLI exits with code 3,
 * the API answers 400 {@code moderation_blocked}).
 */
@FunctionalInterface
public interface Moderation {
  /** Empty to allow the prompt, or why it is blocked. */
  Optional<String> blockReason(String prompt);

  /** Allows every prompt: for tests of the layers around moderation. */
  Moderation ALLOW_ALL = prompt -> Optional.empty();

  /**
   * The content policy ({@link Moderator#shared()}, loaded on the first check): what the CLI and
   * the server use by default.
   */
  Moderation CONTENT_POLICY = prompt -> reasonOf(Moderator.shared().check(prompt));

  /** "category sexual, score 1.00" for a flagged verdict, else empty. */
  static Optional<String> reasonOf(ModerationResult result) {
    if (!result.flagged()) return Optional.empty();
    return Optional.of(String.format(Locale.ROOT, "category %s, score %.2f", result.category(), result.score()));
  }
}
