package dev.zoetrope.server;

import dev.zoetrope.server.models.GeneratorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that decides which model the end-to-end tests serve. Checkpoints are made once
 * per build under target/test-models and reused by every test class (and child JVM).
 */
public final class TestModels {
  /** The size the test model generates at, and the tests request. */
  public static final String SIZE = "32x32";
  public static final int WIDTH = 32;

  private TestModels() {}

  /** A checkpoint folder of the model the end-to-end tests generate with. */
  public static synchronized Path checkpoint() {
    Path folder = Path.of("target", "test-models", "tiny").toAbsolutePath();
    try {
      if (!Files.isRegularFile(folder.resolve("config.json"))) {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("config.json"), "{\"kind\":\"pattern\"}");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** Opens the generator of a checkpoint made by {@link #checkpoint()}. */
  public static GeneratorFactory factory() {
    return model -> new PatternGenerator(8, 40);
  }

  /** A fake generator for controller unit tests, never for end-to-end tests. */
  public static GeneratorFactory fake(int steps, long millisPerStep) {
    return model -> new PatternGenerator(steps, millisPerStep);
  }
}
