package dev.zoetrope.generate;

import dev.zoetrope.dit.PromptEncoder;
import dev.zoetrope.dit.PromptFacts;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.text.TextEncoder;

/**
 * Token states of the process-wide MiniLM text encoder (real tokens only, [CLS] and [SEP] included),
 * with the prompt's {@link PromptFacts} vector.
 */
public final class MiniLmPrompts implements PromptEncoder {
  private final TextEncoder encoder;

  public MiniLmPrompts(TextEncoder encoder) {
    this.encoder = encoder;
  }

  public static MiniLmPrompts shared() {
    return new MiniLmPrompts(TextEncoder.shared());
  }

  @Override
  public TextStates encode(String prompt) {
    return new TextStates(encoder.encode(prompt).realTokenStates(), PromptFacts.of(prompt));
  }

  @Override
  public int dimension() {
    return TextEncoder.WIDTH;
  }
}
