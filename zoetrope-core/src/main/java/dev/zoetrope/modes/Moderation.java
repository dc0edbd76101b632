package dev.zoetrope.modes;

import java.util.Optional;

/**
 * The check a prompt passes before anything is generated or written. A block carries a reason
 * for the user; callers stop with nothing written (the CLI exits with code 3).
 */
@FunctionalInterface
public interface Moderation {
  /** Empty to allow the prompt, or why it is blocked. */
  Optional<String> blockReason(String prompt);

  /** Allows every prompt: the default until a moderation model is configured. */
  Moderation ALLOW_ALL = prompt -> Optional.empty();
}
