package dev.zoetrope.modes;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.C2paReader;
import dev.zoetrope.safety.provenance.C2paStatus;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path dir;

  @Test
  void mp4sAreSignedWithContentCredentials() throws Exception {
    Path keys = dir.resolve("keys");
    Path target = dir.resolve("out/clip.mp4");
    OutputWriter.standard("job_1", keys).write(result(9, 48, 32), target);
    C2paStatus status = C2paReader.read(target, ProvenanceKeys.load(keys).root());
    assertTrue(status.present() && status.valid() && status.trusted(), status.problems().toString());
    assertEquals(C2paWriter.TRAINED_ALGORITHMIC_MEDIA, status.digitalSourceType());
    assertEquals(9, VideoReader.read(target).frameCount());
    assertEquals(List.of(target), files(dir.resolve("out")), "no temporary file is left");
    Path plain = Files.writeString(dir.resolve("out/plain.txt"), "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target), "the usual permissions, not owner-only");
  }

  @Test
  void theStandardWriterWatermarksWithTheModelAndTheJob() throws Exception {
    Path keys = dir.resolve("keys");
    Path target = dir.resolve("marked.mp4");
    Video frames = Renderer.render(new SceneSampler(WorldSpec.full()).sample(4), new RenderSpec(128, 128, 8, 9)).video();
    OutputWriter.standard("job_7", keys).write(new GenerationResult(frames, "a test", 1, "tiny"), target);
    Provenance.Report report = Provenance.detect(target, keys, WatermarkConfig.defaults());
    assertTrue(report.watermark().detected(), report.toString());
    assertEquals(Payload.of("tiny", "job_7"), report.watermark().payload());
    assertTrue(report.c2pa().valid() && report.c2pa().trusted(), report.c2pa().problems().toString());
  }

  @Test
  void oneFrameCanBeAPngAndMoreCannot() throws Exception {
    OutputWriter writer = new OutputWriter(OutputWriter.UNMARKED, null);
    writer.write(result(1, 32, 16), dir.resolve("still.png"));
    assertEquals(32, PngIO.read(dir.resolve("still.png")).width());
    var error = assertThrows(IllegalArgumentException.class, () -> writer.write(result(5, 32, 16), dir.resolve("many.png")));
    assertEquals("a .png holds one frame but this makes 5; write .mp4 or ask for one frame", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OutputWriter.Format.of(dir.resolve("clip.gif")));
    assertFalse(Files.exists(dir.resolve("many.png")));
  }

  @Test
  void oneFrameIsDescribedAsAnImageMoreAsAVideo() {
    assertEquals("32x16 image", OutputWriter.describe(result(1, 32, 16).video()));
    assertEquals("48x32, 2 frames, 0.3 s", OutputWriter.describe(result(2, 48, 32).video()));
    assertEquals("128x128, 32 frames, 4.0 s", OutputWriter.describe(result(32, 128, 128).video()));
  }

  @Test
  void theMarkerSeesEveryFrameBeforeEncoding() throws Exception {
    OutputWriter.Marker darken = (video, result) -> {
      List<byte[]> frames = new ArrayList<>();
      for (byte[] frame : video.frames()) frames.add(new byte[frame.length]);
      return new Video(video.width(), video.height(), video.fps(), frames);
    };
    new OutputWriter(darken, null).write(result(1, 16, 16), dir.resolve("dark.png"));
    for (byte b : PngIO.read(dir.resolve("dark.png")).frame(0)) assertEquals(0, b);
  }

  @Test
  void aFailureLeavesNoFileAndKeepsAnOldOne() throws Exception {
    OutputWriter.Marker broken = (video, result) -> {
      throw new IllegalStateException("marking failed");
    };
    Path target = dir.resolve("clip.mp4");
    assertThrows(IllegalStateException.class, () -> new OutputWriter(broken, null).write(result(5, 16, 16), target));
    assertEquals(List.of(), files(dir));
    Files.writeString(target, "old");
    assertThrows(IllegalStateException.class, () -> new OutputWriter(broken, null).write(result(5, 16, 16), target));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  private static GenerationResult result(int frames, int width, int height) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      byte[] frame = new byte[width * height * 3];
      Arrays.fill(frame, (byte) (40 + 20 * i));
      out.add(frame);
    }
    return new GenerationResult(new Video(width, height, 8, out), "a test", 1, "test");
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }
}
