package dev.zoetrope.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTest {
  @TempDir Path directory;

  static Video clip(long seed, int width, int height, int frames) {
    return Renderer.render(new SceneSampler(WorldSpec.training()).sample(seed), new RenderSpec(width, height, 8, frames)).video();
  }

  @Test
  void writesBrowserReadyH264ThatFfprobeAccepts() throws Exception {
    Video video = clip(7, 128, 128, 32);
    Path mp4 = directory.resolve("clip.mp4");
    Mp4Writer.write(video, mp4);
    JsonNode stream = FFprobe.videoStream(mp4);
    assertEquals("h264", stream.path("codec_name").asText());
    assertEquals("yuv420p", stream.path("pix_fmt").asText());
    assertEquals(128, stream.path("width").asInt());
    assertEquals(128, stream.path("height").asInt());
    assertEquals(32, stream.path("nb_read_frames").asInt(), "every frame encoded, none skipped");
    assertEquals("8/1", stream.path("r_frame_rate").asText());
    assertEquals(4.0, stream.path("format").path("duration").asDouble(), 0.01);
    assertTrue(moovBeforeMdat(mp4), "moov atom first (faststart)");
    try (var leftovers = Files.list(directory)) {
      assertEquals(1, leftovers.count(), "no temporary file left behind");
    }
  }

  @Test
  void readsBackCloseToTheOriginal() throws Exception {
    Video video = clip(8, 224, 128, 9);
    Path mp4 = directory.resolve("wide.mp4");
    Mp4Writer.write(video, mp4);
    Video decoded = VideoReader.read(mp4);
    assertEquals(224, decoded.width());
    assertEquals(128, decoded.height());
    assertEquals(9, decoded.frameCount());
    assertEquals(8, decoded.fps(), 1e-6);
    for (int i = 0; i < 9; i++) assertTrue(psnr(video.frame(i), decoded.frame(i)) > 30, "frame " + i + " PSNR");
    assertEquals(3, VideoReader.read(mp4, 3).frameCount(), "frame limit");
  }

  @Test
  void oddSizesArePaddedToEven() throws Exception {
    Video video = clip(9, 97, 61, 5);
    Path mp4 = directory.resolve("odd.mp4");
    Mp4Writer.write(video, mp4);
    JsonNode stream = FFprobe.videoStream(mp4);
    assertEquals(98, stream.path("width").asInt());
    assertEquals(62, stream.path("height").asInt());
    assertEquals(5, stream.path("nb_read_frames").asInt());
  }

  @Test
  void readsOtherCodecs() throws Exception {
    Video video = clip(10, 128, 128, 6);
    Path avi = directory.resolve("mpeg4.avi");
    writeWithCodec(video, avi, "avi", "mpeg4");
    Video decoded = VideoReader.read(avi);
    assertEquals(6, decoded.frameCount());
    assertTrue(psnr(video.frame(2), decoded.frame(2)) > 25);
  }

  @Test
  void pngRoundTripsExactly() throws IOException {
    Video video = clip(11, 128, 224, 1);
    Path png = directory.resolve("frame.png");
    PngIO.write(video, 0, png);
    Video read = PngIO.read(png);
    assertEquals(128, read.width());
    assertEquals(224, read.height());
    assertArrayEquals(video.frame(0), read.frame(0));
  }

  @Test
  void badInputsFailClearly() throws IOException {
    Path junk = directory.resolve("junk.mp4");
    Files.write(junk, "this is not a video".getBytes(StandardCharsets.UTF_8));
    IOException e = assertThrows(IOException.class, () -> VideoReader.read(junk));
    assertTrue(e.getMessage().contains("junk.mp4"), e.getMessage());
    assertThrows(NoSuchFileException.class, () -> VideoReader.read(directory.resolve("missing.mp4")));
    assertThrows(IOException.class, () -> PngIO.read(junk));
  }

  static void writeWithCodec(Video video, Path path, String format, String codec) throws IOException {
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(path.toFile(), video.width(), video.height(), 0)) {
      recorder.setFormat(format);
      recorder.setVideoCodecName(codec);
      recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(video.fps());
      recorder.setVideoBitrate(2_000_000);
      recorder.start();
      Frame frame = new Frame(video.width(), video.height(), Frame.DEPTH_UBYTE, 3);
      for (byte[] rgb : video.frames()) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        for (int y = 0; y < video.height(); y++) {
          buffer.position(y * frame.imageStride);
          buffer.put(rgb, y * video.width() * 3, video.width() * 3);
        }
        buffer.position(0);
        recorder.record(frame, AV_PIX_FMT_RGB24);
      }
      recorder.stop();
    }
  }

  static double psnr(byte[] a, byte[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (a[i] & 255) - (b[i] & 255);
      sum += d * d;
    }
    double mse = sum / a.length;
    return mse == 0 ? 99 : 10 * Math.log10(255 * 255 / mse);
  }

  /** Walks the top-level MP4 boxes: true when "moov" comes before "mdat". */
  private static boolean moovBeforeMdat(Path mp4) throws IOException {
    byte[] bytes = Files.readAllBytes(mp4);
    int offset = 0;
    while (offset + 8 <= bytes.length) {
      long size = ByteBuffer.wrap(bytes, offset, 4).getInt() & 0xFFFFFFFFL;
      String type = new String(bytes, offset + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("moov")) return true;
      if (type.equals("mdat")) return false;
      if (size < 8) return false;
      offset += (int) size;
    }
    return false;
  }
}
