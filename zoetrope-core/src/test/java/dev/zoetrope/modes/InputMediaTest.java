package dev.zoetrope.modes;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputMediaTest {
  private static final SizeGrid GRID = SizeGrid.of(ModelConfig.tiny());
  @TempDir Path dir;

  @Test
  void aVideoAtTheModelsRateAndSizeComesBackAsDecoded() throws Exception {
    Path file = dir.resolve("clip.mp4");
    Mp4Writer.write(Renderer.render(new SceneSampler(WorldSpec.training()).sample(3), new RenderSpec(32, 32, 8, 9)).video(), file);
    InputMedia.Input input = InputMedia.video(file, GRID, null, 8);
    List<byte[]> decoded = VideoReader.read(file).frames();
    assertEquals(decoded.size(), input.video().frameCount());
    for (int i = 0; i < decoded.size(); i++) assertArrayEquals(decoded.get(i), input.video().frame(i), "frame " + i);
    assertFalse(input.fitted());
    assertFalse(input.retimed());
    assertEquals(new VideoSize(32, 32), input.size());
  }

  @Test
  void fasterVideosKeepTheFrameNearestEachTick() throws Exception {
    Path file = dir.resolve("fast.mp4");
    Mp4Writer.write(greys(24, 24, 10), file); // 1 s at 24 fps, frame i has grey level 10·i
    InputMedia.Input input = InputMedia.video(file, GRID, null, 8);
    assertTrue(input.retimed());
    Video video = input.video();
    assertEquals(8, video.frameCount());
    assertEquals(8, video.fps());
    for (int k = 0; k < 8; k++) assertEquals(30 * k, mean(video.frame(k)), 3, "tick " + k + " is input frame " + 3 * k);
  }

  @Test
  void slowerVideosHoldEachFrameUntilTheNextIsNearer() throws Exception {
    Path file = dir.resolve("slow.mp4");
    Mp4Writer.write(greys(4, 4, 60), file); // 1 s at 4 fps
    Video video = InputMedia.video(file, GRID, null, 8).video();
    double[] expected = {0, 0, 60, 60, 120, 120, 180, 180};
    assertEquals(expected.length, video.frameCount());
    for (int k = 0; k < expected.length; k++) assertEquals(expected[k], mean(video.frame(k)), 3, "tick " + k);
  }

  @Test
  void offGridVideosAreFittedAndSaySo() throws Exception {
    Path file = dir.resolve("odd.mp4");
    Mp4Writer.write(greys(40, 24, 8, 5, 10), file);
    InputMedia.Input input = InputMedia.video(file, GRID, null, 8);
    assertEquals(new VideoSize(40, 24), input.source());
    assertEquals(new VideoSize(48, 32), input.size());
    assertTrue(input.fitted());
    assertEquals(new VideoSize(32, 16), InputMedia.video(file, GRID, new VideoSize(32, 16), 8).size(), "--size wins");
  }

  @Test
  void imagesAreOneFrameFittedToTheGrid() throws Exception {
    Path png = dir.resolve("photo.png");
    byte[] rgb = new byte[100 * 75 * 3];
    Arrays.fill(rgb, (byte) 200);
    PngIO.write(rgb, 100, 75, png);
    InputMedia.Input image = InputMedia.image(png, GRID, null, 8);
    assertEquals(new VideoSize(96, 80), image.size());
    assertEquals(1, image.video().frameCount());
    assertEquals(200, mean(image.video().frame(0)), 0.01);
    assertEquals(1, InputMedia.video(png, GRID, null, 8).video().frameCount(), "an image given as a video is one frame");
  }

  @Test
  void inputsLongerThanAMinuteAreRejected() throws Exception {
    Path file = dir.resolve("long.mp4");
    Mp4Writer.write(greys(16, 16, 1, 61, 1), file); // 61 s at 1 fps
    var error = assertThrows(IllegalArgumentException.class, () -> InputMedia.video(file, GRID, null, 8));
    assertTrue(error.getMessage().contains("long.mp4 is longer than 60 s"), error.getMessage());
  }

  @Test
  void unreadableFilesAreNamed() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.mp4"), "not a video");
    Path fakePng = Files.writeString(dir.resolve("fake.png"), "not an image");
    assertEquals(dir.resolve("missing.mp4") + ": no such file",
        assertThrows(IllegalArgumentException.class, () -> InputMedia.video(dir.resolve("missing.mp4"), GRID, null, 8)).getMessage());
    String video = assertThrows(IllegalArgumentException.class, () -> InputMedia.video(garbage, GRID, null, 8)).getMessage();
    assertEquals("cannot read video " + garbage + ": not a video file FFmpeg can open", video, "no library call, code or advice");
    String image = assertThrows(IllegalArgumentException.class, () -> InputMedia.image(fakePng, GRID, null, 8)).getMessage();
    assertTrue(image.contains("fake.png"), image);
  }

  @Test
  void foldersAreNotCalledMissing() throws Exception {
    Path videos = Files.createDirectory(dir.resolve("clips.mp4"));
    Path images = Files.createDirectory(dir.resolve("stills.png"));
    assertEquals(videos + " is a folder, not a video file",
        assertThrows(IllegalArgumentException.class, () -> InputMedia.video(videos, GRID, null, 8)).getMessage());
    assertEquals(images + " is a folder, not an image file",
        assertThrows(IllegalArgumentException.class, () -> InputMedia.image(images, GRID, null, 8)).getMessage());
  }

  /** {@code frames} uniform frames at {@code fps}, frame i at grey level {@code step}·i. */
  private static Video greys(int frames, double fps, int step) {
    return greys(32, 32, fps, frames, step);
  }

  private static Video greys(int width, int height, double fps, int frames, int step) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      byte[] frame = new byte[width * height * 3];
      Arrays.fill(frame, (byte) Math.min(255, step * i));
      out.add(frame);
    }
    return new Video(width, height, fps, out);
  }

  private static double mean(byte[] frame) {
    double sum = 0;
    for (byte b : frame) sum += b & 0xFF;
    return sum / frame.length;
  }
}
