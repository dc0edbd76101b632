package dev.zoetrope.server;

import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.server.models.EngineGenerators;
import dev.zoetrope.server.models.GeneratorFactory;
import dev.zoetrope.train.TinyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that decides which model the end-to-end tests serve: the real diffusion engine on
 * a tiny model trained in seconds (once per build, kept under target/ and reused by every test
 * class and child JVM). Its videos are blurry blobs: the tests prove the plumbing, not quality.
 */
public final class TestModels {
  /** The size the tiny model was trained at, which the tests request. */
  public static final String SIZE = "32x32";
  public static final int WIDTH = 32;
  private static final long SEED = 7;

  private TestModels() {}

  /** The checkpoint folder of the test model (its folder name "tiny" is the model id). */
  public static synchronized Path checkpoint() {
    Path folder = Path.of("target", "test-models", "engine-seed-" + SEED, "tiny").toAbsolutePath();
    try {
      if (!Files.isRegularFile(folder.resolve("config.json"))) TinyModel.train(folder, SEED);
    } catch (IOException e) {
      throw new UncheckedIOException("training the tiny test model", e);
    }
    return folder;
  }

  /** C2PA signing keys for the tests' servers, made once so child JVMs only load them. */
  public static synchronized Path provenanceKeys() {
    Path folder = Path.of("target", "test-provenance").toAbsolutePath();
    ProvenanceKeys.loadOrCreate(folder);
    return folder;
  }

  /** The production factory: DiffusionGenerator loading the checkpoint. */
  public static GeneratorFactory factory() {
    return EngineGenerators.factory();
  }
}
