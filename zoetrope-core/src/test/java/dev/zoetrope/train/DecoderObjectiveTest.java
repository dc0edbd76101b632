package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tuning the decoder alone: the encoder, the latent scale and the transformer come back unchanged. */
class DecoderObjectiveTest {
  private static final TrainConfig CONFIG =
      new TrainConfig(2, 2e-3, 2, 8, 0.01, 1.0, 0.9, 0.0, ResumeTest.BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 5);

  @Test
  void onlyTheDecoderLearnsAndTheCheckpointKeepsTheRest(@TempDir Path dir) throws Exception {
    Path source = source(dir, true);
    Path run = dir.resolve("run");
    train(source, run, 4, false);
    Path trained = Trainer.checkpointOf(run);
    assertEquals(DecoderObjective.TARGET, Trainer.savedTarget(run));
    assertEquals(Checkpoint.readConfig(source), Checkpoint.readConfig(trained));
    try (Model before = Model.load(source, true); Model after = Model.load(trained, true)) {
      Map<String, float[]> a = before.autoencoder().weights().toFloats();
      Map<String, float[]> b = after.autoencoder().weights().toFloats();
      boolean decoderMoved = false;
      for (String name : a.keySet()) {
        if (name.startsWith("encoder.")) assertArrayEquals(a.get(name), b.get(name), name);
        else decoderMoved |= !Arrays.equals(a.get(name), b.get(name));
      }
      assertFalse(!decoderMoved, "the decoder did not change");
      Map<String, float[]> ditBefore = before.transformer().weights().toFloats();
      after.transformer().weights().toFloats().forEach((name, values) -> assertArrayEquals(ditBefore.get(name), values, name));
    }
    // Resuming continues the same run: the loss curve of an uninterrupted one.
    List<double[]> resumed = train(trained, run, 0, true);
    List<double[]> straight = train(source, dir.resolve("straight"), 0, false);
    ResumeTest.assertCurvesEqual(straight, resumed);
  }

  @Test
  void aDecoderRunIsNotResumedAsAnAutoencoderRun(@TempDir Path dir) throws Exception {
    Path source = source(dir, false);
    train(source, dir.resolve("run"), 2, false);
    try (Model model = Model.load(Trainer.checkpointOf(dir.resolve("run")), false)) {
      var e = assertThrows(IllegalArgumentException.class, () -> new Trainer(model, new AutoencoderObjective(model.autoencoder()),
          new SyntheticClips(), CONFIG, new Trainer.Options(dir.resolve("run"), false, ResumeTest.QUIET, null, 0, null)).run(true));
      assertEquals("cannot resume: checkpoint trains decoder, not autoencoder", e.getMessage());
    }
  }

  /** A freshly initialised tiny model written as a checkpoint, with or without its transformer. */
  private static Path source(Path dir, boolean withTransformer) throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    try (Model model = Model.initialize(ModelConfig.tiny(), 4)) {
      model.writeTo(source, false, withTransformer);
    }
    return source;
  }

  private static List<double[]> train(Path from, Path run, int stopAt, boolean resume) throws Exception {
    try (Model model = Model.load(from, false)) {
      new Trainer(model, new DecoderObjective(model.autoencoder(), Model.hasTransformer(from)), new SyntheticClips(), CONFIG,
          new Trainer.Options(run, false, ResumeTest.QUIET, null, stopAt, null)).run(resume);
    }
    return MetricsLog.read(run.resolve("metrics.csv"));
  }
}
