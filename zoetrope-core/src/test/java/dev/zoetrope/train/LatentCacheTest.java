package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.dit.FakeText;
import dev.zoetrope.vae.Pixels;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-encoded clips: the same latents as encoding on the fly, kept on disk, rebuilt for other weights, resumed exactly. */
class LatentCacheTest {
  static final Bucket BUCKET = new Bucket(5, 16, 32);
  private static final List<Bucket> TWO_BUCKETS = List.of(BUCKET, new Bucket(1, 16, 16));
  static final LatentCache.Settings SETTINGS = new LatentCache.Settings(6, 11);

  @Test
  void latentsAreTheAutoencodersEncodingOfTheClip(@TempDir Path dir) throws Exception {
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.create(dir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      Rng draw = new Rng(5);
      ClipSource.Clip cached = cache.clip(BUCKET, draw);
      int index = new Rng(5).nextInt(SETTINGS.clipsPerBucket());
      ClipSource.Clip clip = new SyntheticClips().clip(BUCKET, Rng.derive(SETTINGS.seed() ^ BUCKET.toString().hashCode(), index));
      assertEquals(clip.caption(), cached.caption());
      assertNull(cached.video());
      try (var manager = Compute.newManager()) {
        var pixels = Tensors.of(manager, Pixels.toFloats(clip.video(), 0, 5), 1, 3, 5, 16, 32);
        float[] expected = Tensors.floats(model.autoencoder().encode(pixels));
        assertArrayEquals(expected, cached.latent().values(), 1e-5f);
        assertArrayEquals(new int[] {8, 2, 2, 4}, new int[] {cached.latent().channels(), cached.latent().frames(),
            cached.latent().height(), cached.latent().width()});
      }
    }
  }

  @Test
  void imageTaskCutsTheFirstLatentFrameWhichIsTheFirstFrameAlone(@TempDir Path dir) throws Exception {
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.create(dir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      Batch batch = Batch.draw(cache, BUCKET, 2, new Rng(3)).firstFrames();
      assertEquals(new Bucket(1, 16, 32), batch.bucket());
      assertArrayEquals(new int[] {8, 1, 2, 4}, batch.latentShape());
      Batch pixels = Batch.draw(cachedPixels(model, dir), BUCKET, 2, new Rng(3)).firstFrames();
      try (var manager = Compute.newManager()) {
        float[] expected = Tensors.floats(model.autoencoder().encode(Tensors.of(manager, pixels.pixels(), 2, 3, 1, 16, 32)));
        assertArrayEquals(expected, batch.latents(), 1e-4f);
      }
    }
  }

  /** The cache's own clips as pixels (same seeds and order), to compare with what it encoded. */
  private static ClipSource cachedPixels(Model model, Path dir) {
    return new ClipSource() {
      @Override
      public Clip clip(Bucket bucket, Rng rng) {
        int index = rng.nextInt(SETTINGS.clipsPerBucket());
        return new SyntheticClips().clip(bucket, Rng.derive(SETTINGS.seed() ^ bucket.toString().hashCode(), index));
      }

      @Override
      public String describe() {
        return "the cache's clips as pixels";
      }
    };
  }

  @Test
  void poolIsReadBackAndRebuiltOnlyForOtherWeights(@TempDir Path dir) throws Exception {
    float[] first;
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.create(dir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      first = cache.clip(BUCKET, new Rng(1)).latent().values();
    }
    Path file = dir.resolve(LatentCache.FOLDER).resolve(BUCKET + ".bin");
    var written = Files.getLastModifiedTime(file);
    var log = new ByteArrayOutputStream();
    try (Model same = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.resume(dir, new SyntheticClips(), same.autoencoder(), new PrintStream(log, true));
      assertArrayEquals(first, cache.clip(BUCKET, new Rng(1)).latent().values());
    }
    assertEquals(written, Files.getLastModifiedTime(file));
    assertEquals("", log.toString());
    try (Model other = Model.initialize(ModelConfig.tiny(), 2)) {
      var cache = LatentCache.resume(dir, new SyntheticClips(), other.autoencoder(), new PrintStream(log, true));
      assertFalse(java.util.Arrays.equals(first, cache.clip(BUCKET, new Rng(1)).latent().values()));
    }
    assertTrue(log.toString().contains("rebuilding"), log.toString());
    assertNull(LatentCache.resume(dir.resolve("elsewhere"), new SyntheticClips(), null, ResumeTest.QUIET));
  }

  @Test
  void aDecoderOnlyChangeKeepsThePoolAndAnOlderPoolFileStillReads(@TempDir Path dir) throws Exception {
    float[] first;
    long legacy;
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.create(dir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      first = cache.clip(BUCKET, new Rng(1)).latent().values();
      legacy = LatentCache.legacyFingerprint(model.autoencoder());
      assertNotEquals(legacy, LatentCache.fingerprint(model.autoencoder()));
    }
    Path file = dir.resolve(LatentCache.FOLDER).resolve(BUCKET + ".bin");
    var log = new ByteArrayOutputStream();
    try (Model tuned = Model.initialize(ModelConfig.tiny(), 1)) {
      var decoder = tuned.autoencoder().weights().view("decoder.");
      decoder.all().values().iterator().next().addi(0.5f); // a decoder fine-tune: the encoder is untouched
      var written = Files.getLastModifiedTime(file);
      var cache = LatentCache.resume(dir, new SyntheticClips(), tuned.autoencoder(), new PrintStream(log, true));
      assertArrayEquals(first, cache.clip(BUCKET, new Rng(1)).latent().values());
      assertEquals(written, Files.getLastModifiedTime(file), "the pool was not rebuilt");
    }
    // A pool file written when the fingerprint covered every weight: same bytes but that fingerprint.
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.allocate(8).putLong(0, legacy), 4); // after the 4-byte magic
    }
    try (Model same = Model.initialize(ModelConfig.tiny(), 1)) {
      var cache = LatentCache.resume(dir, new SyntheticClips(), same.autoencoder(), new PrintStream(log, true));
      assertArrayEquals(first, cache.clip(BUCKET, new Rng(1)).latent().values());
    }
    assertEquals("", log.toString());
  }

  @Test
  void worldClipsKeepTheirObjectMapsOnTheLatentGridAndTheFlowLossWeighsThem(@TempDir Path dir) throws Exception {
    Bucket bucket = new Bucket(5, 32, 32);
    ClipSource world = WorldClips.captioned(dev.zoetrope.world.sample.WorldSpec.training(), 8);
    try (Model model = Model.initialize(ModelConfig.tiny(), 1); var m = Compute.newManager()) {
      var cache = LatentCache.create(dir, world, model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      ClipSource.Clip cached = cache.clip(bucket, new Rng(5));
      int index = new Rng(5).nextInt(SETTINGS.clipsPerBucket());
      ClipSource.Clip clip = world.clip(bucket, Rng.derive(SETTINGS.seed() ^ bucket.toString().hashCode(), index));
      assertArrayEquals(ObjectMaps.toLatent(clip.objects(), 5, 32, 32, 4, 8), cached.latent().objects());
      assertTrue(java.util.Arrays.stream(boxed(cached.latent().objects())).anyMatch(v -> v > 0), "the clip's object is on the grid");
      var reread = LatentCache.resume(dir, world, model.autoencoder(), ResumeTest.QUIET);
      assertArrayEquals(cached.latent().objects(), reread.clip(bucket, new Rng(5)).latent().objects(), "read back from disk");

      Batch batch = Batch.draw(cache, bucket, 2, new Rng(7));
      assertEquals(2 * 2 * 4 * 4, batch.objects().length);
      Batch image = batch.firstFrames();
      assertArrayEquals(java.util.Arrays.copyOfRange(batch.objects(), 0, 16), java.util.Arrays.copyOfRange(image.objects(), 0, 16));

      List<Bucket> buckets = List.of(bucket);
      TrainConfig plain = new TrainConfig(2, 1e-3, 0, 2, 0.01, 1.0, 0.9, 0.0, 0, 0, 0, 0, 0, 0, 0, buckets, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
      TrainConfig weighted = new TrainConfig(2, 1e-3, 0, 2, 0.01, 1.0, 0.9, 0.0, 0, 0, 8, 0, 0, 0, 0, buckets, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
      float a = objective(model, plain).loss(m, batch, new Rng(9)).getFloat();
      float b = objective(model, weighted).loss(m, batch, new Rng(9)).getFloat();
      assertNotEquals(a, b, "the object weight changed nothing");
      TrainConfig moving = new TrainConfig(2, 1e-3, 0, 2, 0.01, 1.0, 0.9, 0.0, 0, 0, 0, 0, 2, 0, 0, buckets, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
      boolean added = false;
      for (int seed = 1; seed <= 8; seed++) { // the task drawn decides which frames are free: an image task has no pair of frames
        float plainLoss = objective(model, plain).loss(m, batch, new Rng(seed)).getFloat();
        float movingLoss = objective(model, moving).loss(m, batch, new Rng(seed)).getFloat();
        assertTrue(movingLoss >= plainLoss, "the motion term is a square: it never lowers the loss");
        added |= movingLoss > plainLoss;
      }
      assertTrue(added, "the motion term adds to the loss of a video batch");
      Batch pixels = Batch.draw(world, bucket, 2, new Rng(7));
      assertTrue(Float.isFinite(objective(model, weighted).loss(m, pixels, new Rng(9)).getFloat()), "pixel batches fold their maps too");

      var squares = LatentCache.create(dir.resolve("squares"), new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      Batch unmarked = Batch.draw(squares, BUCKET, 2, new Rng(7));
      assertNull(unmarked.objects());
      var e = assertThrows(IllegalStateException.class, () -> objective(model, weighted).loss(m, unmarked, new Rng(9)));
      assertTrue(e.getMessage().startsWith("an object weight needs clips that mark their objects"), e.getMessage());
    }
  }

  @Test
  void aPoolFileWrittenBeforeObjectMapsStillReads(@TempDir Path dir) throws Exception {
    float[] first;
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      first = LatentCache.create(dir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET).clip(BUCKET, new Rng(1))
          .latent().values();
    }
    // The older layout: magic "ZLC2", and no flag byte after the header (magic, fingerprint, seed, count, shape: 40 bytes).
    Path file = dir.resolve(LatentCache.FOLDER).resolve(BUCKET + ".bin");
    byte[] bytes = Files.readAllBytes(file);
    byte[] older = new byte[bytes.length - 1];
    System.arraycopy(bytes, 0, older, 0, 40);
    System.arraycopy(bytes, 41, older, 40, bytes.length - 41);
    java.nio.ByteBuffer.wrap(older).putInt(0, 0x5A4C4332);
    Files.write(file, older);
    var log = new ByteArrayOutputStream();
    try (Model same = Model.initialize(ModelConfig.tiny(), 1)) {
      var clip = LatentCache.resume(dir, new SyntheticClips(), same.autoencoder(), new PrintStream(log, true)).clip(BUCKET, new Rng(1));
      assertArrayEquals(first, clip.latent().values());
      assertNull(clip.latent().objects());
    }
    assertEquals("", log.toString());
    assertArrayEquals(older, Files.readAllBytes(file), "read as it is, not rebuilt");
  }

  private static TransformerObjective objective(Model model, TrainConfig config) {
    return new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), FakeText.encoder(384), config);
  }

  private static Float[] boxed(float[] values) {
    Float[] out = new Float[values.length];
    for (int i = 0; i < values.length; i++) out[i] = values[i];
    return out;
  }

  @Test
  void transformerRunOnCachedLatentsResumesExactly(@TempDir Path dir) throws Exception {
    TrainConfig dit = new TrainConfig(2, 2e-3, 3, 10, 0.01, 1.0, 0.9, 0.3, TWO_BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 4);
    trainAutoencoder(dir);
    List<double[]> straight = run(dir, "straight", dit, 0, false);
    run(dir, "resumed", dit, 4, false);
    ResumeTest.assertCurvesEqual(straight, run(dir, "resumed", dit, 0, true));
  }

  @Test
  void stopWhileEncodingThePoolEndsCleanlyAndResumesExactly(@TempDir Path dir) throws Exception {
    TrainConfig dit = new TrainConfig(2, 2e-3, 3, 6, 0.01, 1.0, 0.9, 0.3, TWO_BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 4);
    trainAutoencoder(dir);
    List<double[]> straight = run(dir, "straight", dit, 0, false);

    // Ctrl-C arrives while the first bucket's pool is being encoded, before any step has run
    Path runDir = dir.resolve("stopped");
    Trainer.Result result = train(dir, runDir, dit, 0, false, () -> true);
    assertTrue(result.stopped(), "the run reports the stop");
    assertEquals(0, result.step());
    assertEquals(0, Json.read(Trainer.checkpointOf(runDir).resolve(Checkpoint.TRAINING).resolve("state.json"), TrainingState.class).step(),
        "the checkpoint says where the run stopped");
    try (var files = Files.list(runDir.resolve(LatentCache.FOLDER))) {
      assertEquals(List.of("settings.json"), files.map(f -> f.getFileName().toString()).toList(), "the abandoned bucket is not written");
    }
    ResumeTest.assertCurvesEqual(straight, run(dir, "stopped", dit, 0, true));
  }

  /** A briefly trained tiny autoencoder in {@code dir/ae}, whose latents the transformer runs pool. */
  private static void trainAutoencoder(Path dir) throws Exception {
    TrainConfig ae = new TrainConfig(2, 2e-3, 1, 2, 0.01, 1.0, 0.9, 0.0, TWO_BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), ae,
          new Trainer.Options(dir.resolve("ae"), false, ResumeTest.QUIET, null, 0, null)).run(false);
    }
  }

  private static List<double[]> run(Path dir, String name, TrainConfig config, int stopAt, boolean resume) throws Exception {
    Path runDir = dir.resolve(name);
    train(dir, runDir, config, stopAt, resume, () -> false);
    return dev.zoetrope.train.MetricsLog.read(runDir.resolve("metrics.csv"));
  }

  private static Trainer.Result train(Path dir, Path runDir, TrainConfig config, int stopAt, boolean resume, BooleanSupplier stop)
      throws Exception {
    Path start = resume ? Trainer.checkpointOf(runDir) : Trainer.checkpointOf(dir.resolve("ae"));
    try (Model model = Model.load(start, false)) {
      LatentCache clips = resume
          ? LatentCache.resume(runDir, new SyntheticClips(), model.autoencoder(), ResumeTest.QUIET)
          : LatentCache.create(runDir, new SyntheticClips(), model.autoencoder(), SETTINGS, ResumeTest.QUIET);
      assertNotNull(clips);
      var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), FakeText.encoder(384), config);
      return new Trainer(model, objective, clips.withStopRequest(stop), config,
          new Trainer.Options(runDir, false, ResumeTest.QUIET, null, stopAt, null)).run(resume);
    }
  }
}
