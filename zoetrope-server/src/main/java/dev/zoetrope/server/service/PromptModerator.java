package dev.zoetrope.server.service;

import dev.zoetrope.modes.Moderation;
import java.util.Optional;

/** Decides whether a prompt may be generated; a blocked prompt is a 400 "moderation_blocked". */
@FunctionalInterface
public interface PromptModerator {
  /** Why the prompt is refused (naming the category), or empty when it may go ahead. */
  Optional<String> blockReason(String prompt);

  /** Allows every prompt: for tests of other parts of the API. */
  PromptModerator ALLOW_ALL = prompt -> Optional.empty();

  /** The content policy the CLI applies too: what {@code zoetrope serve} uses. */
  PromptModerator CONTENT_POLICY = Moderation.CONTENT_POLICY::blockReason;
}
