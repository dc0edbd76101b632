package dev.zoetrope.safety.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.safety.bench.VideoAttacks;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embed and detect on a world render; the full TPR/FPR tables come from {@code bench watermark}. */
class WatermarkTest {
  static final Payload PAYLOAD = Payload.of("zoetrope-test", "job-42");
  static final WatermarkDetector DETECTOR = new WatermarkDetector();
  static Video plain;
  static Video marked;

  @BeforeAll
  static void mark() {
    // Seed 1 pans the camera over tiles; 17 frames at 8 fps keep the test quick.
    plain = Renderer.render(new SceneSampler(WorldSpec.full()).sample(1), new RenderSpec(128, 128, 8, 17)).video();
    marked = new WatermarkEmbedder().embed(plain, PAYLOAD);
  }

  @Test
  void markIsInvisibleByPsnr() {
    assertTrue(VideoAttacks.psnr(plain, marked) >= 40, "PSNR " + VideoAttacks.psnr(plain, marked));
  }

  @Test
  void findsMarkAndPayloadInTheFrames() {
    Detection detection = DETECTOR.detect(marked);
    assertTrue(detection.detected(), detection.toString());
    assertEquals(PAYLOAD, detection.payload());
    assertEquals(1.0, detection.scale(), 0.01);
    assertTrue(detection.confidence() > 0.999);
  }

  @Test
  void unmarkedVideoIsNotFlagged() {
    Detection detection = DETECTOR.detect(plain);
    assertFalse(detection.detected(), detection.toString());
    assertTrue(detection.confidence() < 0.9, detection.toString());
  }

  @Test
  void survivesH264AndADownscaledCroppedTrimmedCopy(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("marked.mp4");
    Mp4Writer.write(marked, file);
    Video decoded = VideoReader.read(file);
    Detection written = DETECTOR.detect(decoded);
    assertTrue(written.detected(), written.toString());
    assertEquals(PAYLOAD, written.payload());
    Video edited = VideoAttacks.trim(VideoAttacks.crop(VideoAttacks.halfSize(decoded), 0.1, 0.3, 0.8), 2);
    Path editedFile = folder.resolve("edited.mp4");
    Mp4Writer.write(edited, editedFile);
    Detection afterEdits = DETECTOR.detect(VideoReader.read(editedFile));
    assertTrue(afterEdits.detected(), afterEdits.toString());
    assertEquals(0.5, afterEdits.scale(), 0.02);
  }

  @Test
  void tinyVideosAreHandledWithoutAClaim() {
    Video tiny = Renderer.render(new SceneSampler(WorldSpec.full()).sample(2), new RenderSpec(24, 16, 8, 3)).video();
    assertFalse(DETECTOR.detect(tiny).detected());
  }
}
