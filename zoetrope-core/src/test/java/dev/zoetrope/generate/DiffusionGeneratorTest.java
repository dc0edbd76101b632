package dev.zoetrope.generate;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.train.SyntheticClips;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.video.Video;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every conditioning mode through the one sampling core, on an untrained tiny model (the modes'
 * plumbing does not depend on quality): lengths, given frames byte-identical, same seed same bytes,
 * no arrays left in the model's managers.
 */
class DiffusionGeneratorTest {
  @TempDir static Path dir;
  static DiffusionGenerator generator;
  static final Video CLIP = SyntheticClips.draw(new Bucket(9, 32, 32), 1, 2, 0).video();

  @BeforeAll
  static void load() throws Exception {
    try (Model model = Model.initialize(ModelConfig.tiny(), 5)) {
      model.writeTo(java.nio.file.Files.createDirectories(dir.resolve("tiny")), true, true);
    }
    GeneratorOptions options = new GeneratorOptions(new SamplerConfig("euler", 3, 3.0), 5, 2);
    generator = DiffusionGenerator.load(dir.resolve("tiny"), MiniLmPrompts.shared(), options);
  }

  @AfterAll
  static void close() {
    generator.close();
  }

  static GenerationRequest request(int frames, Conditioning conditioning) {
    return new GenerationRequest("a red ball moves right", 32, 32, frames, 8, 42, 0, 0, conditioning);
  }

  @Test
  void textToVideoImageAndLongVideoHaveTheRequestedLength() {
    assertEquals(1, generator.generate(request(1, new Conditioning.TextOnly()), ProgressListener.NONE).video().frameCount());
    assertEquals(12, generator.generate(request(12, new Conditioning.TextOnly()), ProgressListener.NONE).video().frameCount());
    List<Double> progress = new ArrayList<>();
    Video longer = generator.generate(request(40, new Conditioning.TextOnly()), (f, stage) -> progress.add(f)).video();
    assertEquals(40, longer.frameCount(), "beyond one window (17 frames): chained windows");
    assertEquals(1.0, progress.get(progress.size() - 1));
  }

  @Test
  void sameSeedGivesIdenticalBytes() {
    Video a = generator.generate(request(9, new Conditioning.TextOnly()), ProgressListener.NONE).video();
    Video b = generator.generate(request(9, new Conditioning.TextOnly()), ProgressListener.NONE).video();
    for (int i = 0; i < a.frameCount(); i++) assertArrayEquals(a.frame(i), b.frame(i));
    Video c = generator.generate(new GenerationRequest("a red ball moves right", 32, 32, 9, 8, 43, 0, 0, new Conditioning.TextOnly()),
        ProgressListener.NONE).video();
    assertFalse(java.util.Arrays.equals(a.frame(4), c.frame(4)), "another seed gives another video");
  }

  @Test
  void aStatedPanIsFilmedOverTheCanvasTheModelDraws() throws Exception {
    String prompt = "a red ball moves right, camera panning left";
    CameraRig rig = CameraRig.plan(prompt, 32, 32, 12, 8, generator.config().sizeMultiple()).orElseThrow();
    assertTrue(rig.canvasWidth() > 32, "the pan needs a wider canvas");
    Video filmed = generator.generate(new GenerationRequest(prompt, 32, 32, 12, 8, 42, 0, 0, new Conditioning.TextOnly()),
        ProgressListener.NONE).video();
    assertEquals(32, filmed.width());
    assertEquals(12, filmed.frameCount());
    GeneratorOptions still = new GeneratorOptions(new SamplerConfig("euler", 3, 3.0), 5, 2).withCameraRig(false);
    try (DiffusionGenerator withoutRig = DiffusionGenerator.load(dir.resolve("tiny"), MiniLmPrompts.shared(), still)) {
      Video canvas = withoutRig.generate(new GenerationRequest(prompt, rig.canvasWidth(), rig.canvasHeight(), 12, 8, 42, 0, 0,
          new Conditioning.TextOnly()), ProgressListener.NONE).video();
      List<byte[]> expected = rig.film(canvas.frames());
      for (int i = 0; i < 12; i++) assertArrayEquals(expected.get(i), filmed.frame(i), "frame " + i);
      Video unfilmed = withoutRig.generate(new GenerationRequest(prompt, 32, 32, 12, 8, 42, 0, 0, new Conditioning.TextOnly()),
          ProgressListener.NONE).video();
      assertFalse(java.util.Arrays.equals(unfilmed.frame(6), filmed.frame(6)), "--no-camera-rig samples the frame itself");
    }
  }

  @Test
  void givenFramesComeBackUnchanged() {
    Video image = new Video(32, 32, 8, List.of(CLIP.frame(0)));
    Video i2v = generator.generate(request(9, new Conditioning.ImageToVideo(image)), ProgressListener.NONE).video();
    assertEquals(9, i2v.frameCount());
    assertArrayEquals(CLIP.frame(0), i2v.frame(0));

    Video forward = generator.generate(request(8, new Conditioning.Extend(CLIP, false, false)), ProgressListener.NONE).video();
    assertEquals(17, forward.frameCount());
    assertSameFrames(CLIP, 0, forward, 0);

    Video backward = generator.generate(request(8, new Conditioning.Extend(CLIP, true, false)), ProgressListener.NONE).video();
    assertEquals(17, backward.frameCount());
    assertSameFrames(CLIP, 0, backward, 8);

    Video loop = generator.generate(request(4, new Conditioning.Extend(CLIP, false, true)), ProgressListener.NONE).video();
    assertSameFrames(CLIP, 0, loop, 0);
    assertTrue(loop.frameCount() >= 13);

    Video other = SyntheticClips.draw(new Bucket(9, 32, 32), 3, 0, 1).video();
    Video connect = generator.generate(request(4, new Conditioning.Connect(CLIP, other)), ProgressListener.NONE).video();
    assertSameFrames(CLIP, 0, connect, 0);
    assertSameFrames(other, 0, connect, connect.frameCount() - 9);
  }

  @Test
  void editKeepsTheInputLengthAndLowStrengthStaysClose() {
    Video edited = generator.generate(request(1, new Conditioning.Edit(CLIP, 0.3)), ProgressListener.NONE).video();
    assertEquals(CLIP.frameCount(), edited.frameCount());
  }

  @Test
  void generateLeavesNoArraysInTheModel() {
    int before = generator.model().arrayCount();
    assertTrue(before > 50, "the weights are counted: " + before);
    generator.generate(request(9, new Conditioning.Extend(CLIP, false, false)), ProgressListener.NONE);
    generator.generate(request(5, new Conditioning.TextOnly()), ProgressListener.NONE);
    assertEquals(before, generator.model().arrayCount());
  }

  @Test
  void anImageHeldStillIsWhereItsNewFramesStart() {
    // The untrained transformer predicts zero velocity, so its output is exactly where sampling starts.
    GeneratorOptions held = new GeneratorOptions(new SamplerConfig("euler", 3, 3.0), 5, 2).withImageStrength(0.05);
    Video image = new Video(32, 32, 8, List.of(CLIP.frame(0)));
    Video other = new Video(32, 32, 8, List.of(CLIP.frame(8)));
    try (DiffusionGenerator still = DiffusionGenerator.load(dir.resolve("tiny"), MiniLmPrompts.shared(), held)) {
      Video a = still.generate(request(9, new Conditioning.ImageToVideo(image)), ProgressListener.NONE).video();
      Video b = still.generate(new GenerationRequest("a red ball moves right", 32, 32, 9, 8, 7, 0, 0, new Conditioning.ImageToVideo(image)),
          ProgressListener.NONE).video();
      Video c = still.generate(request(9, new Conditioning.ImageToVideo(other)), ProgressListener.NONE).video();
      assertArrayEquals(CLIP.frame(0), a.frame(0), "the image stays the first frame");
      Video noise = generator.generate(request(9, new Conditioning.ImageToVideo(image)), ProgressListener.NONE).video();
      Video noise2 = generator.generate(new GenerationRequest("a red ball moves right", 32, 32, 9, 8, 7, 0, 0,
          new Conditioning.ImageToVideo(image)), ProgressListener.NONE).video();
      double seeds = meanDifference(a.frame(6), b.frame(6)), seedsFromNoise = meanDifference(noise.frame(6), noise2.frame(6));
      assertTrue(seeds < seedsFromNoise / 4, "held still, the seed's noise barely moves the start: " + seeds + " vs " + seedsFromNoise);
      assertTrue(meanDifference(a.frame(6), c.frame(6)) > 4 * seeds, "and the image decides it");
    }
    var error = assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withImageStrength(0));
    assertTrue(error.getMessage().contains("image strength must be in (0, 1]"), error.getMessage());
  }

  private static double meanDifference(byte[] a, byte[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
    return sum / a.length;
  }

  @Test
  void contextNoiseAModelWasNotTrainedForIsRefusedAtLoad() {
    GeneratorOptions asking = new GeneratorOptions(new SamplerConfig("euler", 3, 3.0), 5, 2).withContextNoise(0.1);
    var e = assertThrows(IllegalArgumentException.class, () -> DiffusionGenerator.load(dir.resolve("tiny"), MiniLmPrompts.shared(), asking));
    assertTrue(e.getMessage().contains("trained on clean given frames only"), e.getMessage());
    assertEquals(0.0, generator.contextNoise(), "a model trained on clean frames hands them over clean");
  }

  @Test
  void badSizesAreRejectedClearly() {
    var error = assertThrows(IllegalArgumentException.class,
        () -> generator.generate(new GenerationRequest("x", 30, 32, 5, 8, 1, 0, 0, new Conditioning.TextOnly()), ProgressListener.NONE));
    assertTrue(error.getMessage().contains("multiple of 16"), error.getMessage());
  }

  static void assertSameFrames(Video expected, int from, Video actual, int at) {
    for (int i = from; i < expected.frameCount(); i++) {
      assertArrayEquals(expected.frame(i), actual.frame(at + i - from), "frame " + i);
    }
  }
}
