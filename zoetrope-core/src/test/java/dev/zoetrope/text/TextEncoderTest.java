package dev.zoetrope.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextEncoderTest {
  private static TextEncoder encoder;

  @BeforeAll
  static void open() {
    encoder = TextEncoder.open(TextEncoder.DEFAULT_MAX_LENGTH, 0); // no cache: exercise the model
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void shapesArePaddedTokenStatesAndAUnitPooledVector() {
    TextEncoding encoding = encoder.encode("a red ball on the green grass");
    assertEquals(TextEncoder.DEFAULT_MAX_LENGTH, encoding.tokenStates().length);
    assertEquals(TextEncoder.WIDTH, encoding.tokenStates()[0].length);
    assertEquals(9, encoding.length()); // [CLS] + 7 common words (one token each) + [SEP]
    assertArrayEquals(new float[TextEncoder.WIDTH], encoding.tokenStates()[encoding.length()]);
    double norm = 0;
    for (float v : encoding.pooled()) norm += v * v;
    assertEquals(1.0, norm, 1e-4);
  }

  @Test
  void emptyPromptStillHasClsAndSep() {
    assertEquals(2, encoder.encode("").length());
  }

  @Test
  void longPromptsAreTruncatedToMaxLength() {
    String longPrompt = "a blue star spins slowly ".repeat(40);
    assertEquals(TextEncoder.DEFAULT_MAX_LENGTH, encoder.encode(longPrompt).length());
  }

  @Test
  void encodingIsDeterministicAcrossThreadsAndCache() throws Exception {
    String prompt = "a green triangle falls and bounces";
    TextEncoding first = encoder.encode(prompt);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (TextEncoder cached = TextEncoder.open(TextEncoder.DEFAULT_MAX_LENGTH, 8)) {
      List<Future<TextEncoding>> results = pool.invokeAll(List.of(
          () -> encoder.encode(prompt), () -> cached.encode(prompt), () -> cached.encode(prompt)));
      for (Future<TextEncoding> result : results) {
        assertArrayEquals(first.pooled(), result.get().pooled(), 1e-6f);
        assertArrayEquals(first.tokenStates()[3], result.get().tokenStates()[3], 1e-6f);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void similarPromptsAreCloserThanUnrelatedOnes() {
    TextEncoding ball = encoder.encode("a red ball bouncing on the grass");
    TextEncoding sphere = encoder.encode("a red sphere bounces across a lawn");
    TextEncoding tax = encoder.encode("quarterly tax filing deadline for small businesses");
    double similar = ball.cosine(sphere);
    double unrelated = ball.cosine(tax);
    assertTrue(similar > unrelated + 0.3, "similar " + similar + " vs unrelated " + unrelated);
  }

  @Test
  void callersCannotCorruptTheCache() {
    try (TextEncoder cached = TextEncoder.open(TextEncoder.DEFAULT_MAX_LENGTH, 4)) {
      TextEncoding first = cached.encode("a yellow ring");
      first.pooled()[0] = 42f;
      assertTrue(cached.encode("a yellow ring").pooled()[0] != 42f);
    }
  }
}
