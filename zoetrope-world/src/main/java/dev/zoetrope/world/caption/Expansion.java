package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.SceneFacts;
import java.util.Objects;

/** A prompt, the complete facts it was expanded to, and their detailed caption. */
public record Expansion(String prompt, SceneFacts facts, String caption) {
  public Expansion {
    Objects.requireNonNull(prompt, "prompt");
    FactRules.requireComplete(facts);
    if (caption == null || caption.isBlank()) throw new IllegalArgumentException("caption must not be blank");
  }
}
