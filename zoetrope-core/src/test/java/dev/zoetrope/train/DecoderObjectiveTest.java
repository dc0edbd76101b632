package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;

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

  @Test
  void aDecoderTrainedOnNoisedLatentsReadsNoisyLatentsBetter(@TempDir Path dir) throws Exception {
    // an autoencoder that has learned a latent space: a fresh one's decoder ignores its input
    Path fresh = source(dir, false);
    TrainConfig whole = new TrainConfig(4, 3e-3, 2, 60, 0.0, 1.0, 0.0, 0.0, ResumeTest.BUCKETS.subList(0, 1),
        TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 5);
    try (Model model = Model.load(fresh, false)) {
      new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), whole,
          new Trainer.Options(dir.resolve("whole"), false, ResumeTest.QUIET, null, 0, null)).run(false);
    }
    Path source = Trainer.checkpointOf(dir.resolve("whole"));
    TrainConfig plain = new TrainConfig(4, 3e-3, 2, 40, 0.0, 1.0, 0.0, 0.0, ResumeTest.BUCKETS.subList(0, 1),
        TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 5);
    double[] plainError = noisyReconstructionError(source, dir.resolve("plain"), plain);
    double[] noisedError = noisyReconstructionError(source, dir.resolve("noised"), plain.withLatentNoise(6));
    // [clean latents, latents noised at level 4 (the latents' rms is about 1; a tiny decoder leans little on them)]
    assertTrue(noisedError[1] < 0.9 * plainError[1],
        "noise-trained " + java.util.Arrays.toString(noisedError) + " against plain " + java.util.Arrays.toString(plainError));
    assertTrue(noisedError[0] < 2 * plainError[0], "clean latents still read: " + noisedError[0] + " against " + plainError[0]);
    assertEquals(6.0, Trainer.savedConfig(dir.resolve("noised")).latentNoise(), "a resumed run keeps its level");
  }

  /** Trains the decoder with {@code config}, then its mean squared error on held-out clips read from clean and from noised latents. */
  private static double[] noisyReconstructionError(Path source, Path run, TrainConfig config) throws Exception {
    try (Model model = Model.load(source, false)) {
      new Trainer(model, new DecoderObjective(model.autoencoder(), false, 0, config.latentNoise()), new SyntheticClips(), config,
          new Trainer.Options(run, false, ResumeTest.QUIET, null, 0, null)).run(false);
    }
    try (Model model = Model.load(Trainer.checkpointOf(run), false); NDManager manager = Compute.newManager()) {
      var bucket = config.buckets().get(0);
      Batch batch = Batch.draw(new SyntheticClips(), bucket, 16, new Rng(77));
      NDArray pixels = Tensors.of(manager, batch.pixels(), 16, 3, bucket.frames(), bucket.height(), bucket.width());
      NDArray latent = model.autoencoder().encode(pixels);
      NDArray noise = Tensors.of(manager, new Rng(78).gaussians((int) latent.getShape().size()), Tensors.shape(latent));
      return new double[] {
          model.autoencoder().decode(latent).sub(pixels).square().mean().getFloat(),
          model.autoencoder().decode(latent.add(noise.mul(4f))).sub(pixels).square().mean().getFloat()};
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
