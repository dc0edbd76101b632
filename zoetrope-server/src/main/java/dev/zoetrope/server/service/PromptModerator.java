package dev.zoetrope.server.service;

import java.util.Optional;

/** Decides whether a prompt may be generated; a blocked prompt is a 400 "moderation_blocked". */
@FunctionalInterface
public interface PromptModerator {
  /** Why the prompt is refused, or empty when it may go ahead. */
  Optional<String> blockReason(String prompt);

  PromptModerator ALLOW_ALL = prompt -> Optional.empty();
}
