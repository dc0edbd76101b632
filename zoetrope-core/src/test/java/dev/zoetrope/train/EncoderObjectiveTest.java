package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.vae.VideoAutoencoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning the encoder alone to read decoded frames back: the decoder, the latent scale and the
 * transformer come back unchanged, a resume keeps the frozen starting encoder as its target, and
 * the round trip's error falls.
 */
class EncoderObjectiveTest {
  private static final List<Bucket> BUCKETS = List.of(new Bucket(5, 32, 32));

  private static TrainConfig config(int steps, double learningRate) {
    return new TrainConfig(2, learningRate, 2, steps, 0.0, 1.0, 0.9, 0.0, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 5);
  }

  @Test
  void onlyTheEncoderLearnsAndAResumeKeepsItsTargets(@TempDir Path dir) throws Exception {
    Path source = source(dir);
    Path run = dir.resolve("run");
    train(source, run, config(8, 2e-3), 4, false);
    Path trained = Trainer.checkpointOf(run);
    assertEquals(EncoderObjective.TARGET, Trainer.savedTarget(run));
    assertEquals(Checkpoint.readConfig(source), Checkpoint.readConfig(trained));
    assertTrue(Files.exists(EncoderObjective.referenceOf(trained)));
    try (Model before = Model.load(source, true); Model after = Model.load(trained, true)) {
      Map<String, float[]> a = before.autoencoder().weights().toFloats();
      Map<String, float[]> b = after.autoencoder().weights().toFloats();
      boolean encoderMoved = false;
      for (String name : a.keySet()) {
        if (name.startsWith("decoder.")) assertArrayEquals(a.get(name), b.get(name), name);
        else encoderMoved |= !Arrays.equals(a.get(name), b.get(name));
      }
      assertTrue(encoderMoved, "the encoder did not change");
      Map<String, float[]> ditBefore = before.transformer().weights().toFloats();
      after.transformer().weights().toFloats().forEach((name, values) -> assertArrayEquals(ditBefore.get(name), values, name));
    }
    // Resuming continues the same run (its targets still the starting encoder's): the loss curve of an uninterrupted one.
    List<double[]> resumed = train(trained, run, config(8, 2e-3), 0, true);
    List<double[]> straight = train(source, dir.resolve("straight"), config(8, 2e-3), 0, false);
    ResumeTest.assertCurvesEqual(straight, resumed);
  }

  @Test
  void theRoundTripComesBackCloserToItsLatent(@TempDir Path dir) throws Exception {
    Path source = source(dir);
    Path run = dir.resolve("run");
    train(source, run, config(40, 3e-3), 0, false);
    try (Model before = Model.load(source, false); Model after = Model.load(Trainer.checkpointOf(run), false)) {
      double start = cycleError(before.autoencoder(), before.autoencoder());
      double end = cycleError(after.autoencoder(), before.autoencoder());
      assertTrue(end < 0.7 * start, "round-trip error " + start + " -> " + end);
    }
  }

  @Test
  void decodedPixelsAreStoredAsBytesWouldHoldThem() {
    try (NDManager m = Compute.newManager()) {
      float[] stored = EncoderObjective.asBytes(m.create(new float[] {-3f, -1f, 0f, 0.0039f, 0.5f, 2f})).toFloatArray();
      assertArrayEquals(new float[] {-1f, -1f, 0.5f / 127.5f, 0.5f / 127.5f, 191f / 127.5f - 1f, 1f}, stored, 1e-6f); // 0 and 0.0039 are both level 128
    }
  }

  /** Mean squared distance of encode(bytes(decode(z))) from z = reference.encode(x), on fixed clips. */
  private static double cycleError(VideoAutoencoder encoder, VideoAutoencoder reference) {
    Batch batch = Batch.draw(new SyntheticClips(), BUCKETS.get(0), 4, new Rng(77));
    try (NDManager m = Compute.newManager()) {
      var pixels = Tensors.of(m, batch.pixels(), 4, 3, 5, 32, 32);
      var z = reference.encode(pixels);
      var again = encoder.encode(EncoderObjective.asBytes(reference.decode(z)));
      return again.sub(z).square().mean().getFloat();
    }
  }

  private static Path source(Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    try (Model model = Model.initialize(ModelConfig.tiny(), 4)) {
      model.writeTo(source, false, true);
    }
    return source;
  }

  private static List<double[]> train(Path from, Path run, TrainConfig train, int stopAt, boolean resume) throws Exception {
    try (Model model = Model.load(from, false); Model reference = Model.load(from, false)) {
      if (resume) Checkpoint.loadWeights(EncoderObjective.referenceOf(from), reference.autoencoder().weights());
      new Trainer(model, new EncoderObjective(model.autoencoder(), reference.autoencoder(), Model.hasTransformer(from)), new SyntheticClips(),
          train, new Trainer.Options(run, false, ResumeTest.QUIET, null, stopAt, null)).run(resume);
    }
    return MetricsLog.read(run.resolve("metrics.csv"));
  }
}
