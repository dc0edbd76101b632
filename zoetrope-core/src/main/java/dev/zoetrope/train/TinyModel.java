package dev.zoetrope.train;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.dit.PromptEncoder;
import dev.zoetrope.generate.MiniLmPrompts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains a tiny model end to end in seconds (autoencoder, then transformer, on the built-in
 * synthetic clips at 32x32) and leaves a complete checkpoint folder — for tests of the server, the
 * CLI and anything else that needs a real model. Its videos are blurry moving blobs: it proves the
 * plumbing, not quality. Generate at 32x32 (any multiple of 16 works).
 */
public final class TinyModel {
  public static final List<Bucket> BUCKETS = List.of(new Bucket(1, 32, 32), new Bucket(5, 32, 32), new Bucket(9, 32, 32));

  private TinyModel() {}

  /** Trains into {@code outDir} (created; must not hold another checkpoint) and returns it. */
  public static Path train(Path outDir, long seed) throws IOException {
    return train(outDir, seed, MiniLmPrompts.shared(), 40, 120);
  }

  public static Path train(Path outDir, long seed, PromptEncoder text, int autoencoderSteps, int transformerSteps) throws IOException {
    Path work = Files.createTempDirectory("zoetrope-tiny-");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try {
      ClipSource clips = new SyntheticClips();
      TrainConfig ae = new TrainConfig(2, 3e-3, 5, autoencoderSteps, 0.0, 1.0, 0.9, 0.0, BUCKETS, TrainConfig.defaultTaskWeights(),
          10, 0, 0, 0, seed);
      try (Model model = Model.initialize(ModelConfig.tiny(), seed)) {
        new Trainer(model, new AutoencoderObjective(model.autoencoder()), clips, ae, options(work.resolve("ae"), quiet)).run(false);
      }
      TrainConfig dit = new TrainConfig(4, 2e-3, 10, transformerSteps, 0.0, 1.0, 0.9, 0.1, BUCKETS, TrainConfig.defaultTaskWeights(),
          10, 0, 0, 0, seed + 1);
      try (Model model = Model.load(Trainer.checkpointOf(work.resolve("ae")), false)) {
        var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), text, dit);
        new Trainer(model, objective, clips, dit, options(work.resolve("dit"), quiet)).run(false);
      }
      Files.createDirectories(outDir.toAbsolutePath().getParent());
      Checkpoint.deleteTree(outDir);
      Files.move(Trainer.checkpointOf(work.resolve("dit")), outDir);
      return outDir;
    } finally {
      Checkpoint.deleteTree(work);
    }
  }

  private static Trainer.Options options(Path runDir, PrintStream log) {
    return new Trainer.Options(runDir, false, log, null, 0, null);
  }
}
