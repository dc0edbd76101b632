package dev.zoetrope.safety;

import dev.zoetrope.world.video.Video;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import java.nio.ByteBuffer;

/** Small procedurally drawn clips and an MP4 writer for safety tests. */
public final class TestVideos {
  private TestVideos() {}

  /** A textured background with a few moving discs, deterministic from the seed. */
  public static Video moving(int width, int height, int frames, long seed) {
    Random random = new Random(seed);
    int[] background = {random.nextInt(120) + 60, random.nextInt(120) + 60, random.nextInt(120) + 60};
    int discs = 1 + random.nextInt(3);
    double[][] state = new double[discs][];
    for (int d = 0; d < discs; d++) {
      state[d] = new double[] {random.nextDouble() * width, random.nextDouble() * height,
          (random.nextDouble() - 0.5) * 6, (random.nextDouble() - 0.5) * 6,
          6 + random.nextDouble() * width / 6, random.nextInt(256), random.nextInt(256), random.nextInt(256)};
    }
    List<byte[]> list = new ArrayList<>();
    for (int f = 0; f < frames; f++) {
      byte[] rgb = new byte[width * height * 3];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int texture = (int) (12 * Math.sin(x * 0.21 + y * 0.13 + seed) + 8 * Math.cos(y * 0.31 - f * 0.2));
          for (int c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = (byte) clamp(background[c] + texture + y * 40 / height);
        }
      }
      for (double[] disc : state) {
        double cx = disc[0] + disc[2] * f;
        double cy = disc[1] + disc[3] * f;
        for (int y = 0; y < height; y++) {
          for (int x = 0; x < width; x++) {
            if ((x - cx) * (x - cx) + (y - cy) * (y - cy) < disc[4] * disc[4]) {
              for (int c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = (byte) disc[5 + c];
            }
          }
        }
      }
      list.add(rgb);
    }
    return new Video(width, height, 8, list);
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  /** H.264 yuv420p with moov first, at the given bitrate. */
  public static void writeMp4(Video video, Path file, int bitrate) throws Exception {
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), video.width(), video.height())) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(video.fps());
      recorder.setVideoBitrate(bitrate);
      recorder.setOption("movflags", "+faststart");
      recorder.start();
      for (byte[] rgb : video.frames()) {
        Frame frame = new Frame(video.width(), video.height(), Frame.DEPTH_UBYTE, 3);
        ((ByteBuffer) frame.image[0]).put(rgb);
        recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
      }
      recorder.stop();
    }
  }
}
