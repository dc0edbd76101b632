package dev.zoetrope.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Encodes a {@link Video} as an H.264 MP4 (OpenH264, yuv420p, {@code moov} atom first so browsers
 * start playing before the download ends). yuv420p needs even sizes: an odd width or height gets
 * one more column or row copied from the edge. OpenH264 rate-controls by bitrate (it ignores CRF),
 * so the bitrate is set from the pixel rate unless given.
 */
public final class Mp4Writer {
  /** Bits per pixel per frame for the default bitrate: generous, our frames are small. */
  static final double BITS_PER_PIXEL = 0.25;
  static final int MIN_BITRATE = 250_000;

  private Mp4Writer() {}

  /** The default bitrate for a size and frame rate, in bits per second. */
  public static int defaultBitrate(int width, int height, double fps) {
    return (int) Math.max(MIN_BITRATE, Math.min(50_000_000, width * (double) height * fps * BITS_PER_PIXEL));
  }

  public static void write(Video video, Path target) throws IOException {
    write(video, target, defaultBitrate(video.width(), video.height(), video.fps()));
  }

  public static void write(Video video, Path target, int bitrate) throws IOException {
    Objects.requireNonNull(video, "video");
    if (video.frameCount() == 0) throw new IllegalArgumentException("cannot write a video with no frames");
    if (bitrate <= 0) throw new IllegalArgumentException("bitrate must be > 0, got " + bitrate);
    FFmpegLog.quiet();
    int width = even(video.width()), height = even(video.height());
    Path temporary = AtomicFiles.temporarySibling(target);
    try {
      try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(temporary.toFile(), width, height, 0)) {
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(video.fps());
        recorder.setVideoBitrate(bitrate);
        recorder.setGopSize((int) Math.max(1, Math.round(video.fps() * 2)));
        recorder.setOption("movflags", "+faststart");
        recorder.start();
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        for (byte[] rgb : video.frames()) {
          fill(frame, rgb, video.width(), video.height());
          recorder.record(frame, AV_PIX_FMT_RGB24);
        }
        recorder.stop();
      }
      AtomicFiles.commit(temporary, target);
    } catch (IOException | RuntimeException e) {
      AtomicFiles.discard(temporary);
      throw e instanceof IOException io ? io : new IOException("cannot encode " + target + ": " + e.getMessage(), e);
    }
  }

  static int even(int size) {
    return size + (size & 1);
  }

  /** Copies RGB rows into the frame buffer, repeating the last column and row when padded. */
  private static void fill(Frame frame, byte[] rgb, int width, int height) {
    ByteBuffer buffer = (ByteBuffer) frame.image[0];
    int stride = frame.imageStride;
    byte[] row = new byte[stride];
    for (int y = 0; y < frame.imageHeight; y++) {
      int source = Math.min(y, height - 1) * width * 3;
      System.arraycopy(rgb, source, row, 0, width * 3);
      for (int x = width; x < frame.imageWidth; x++) System.arraycopy(rgb, source + (width - 1) * 3, row, x * 3, 3);
      buffer.position(y * stride);
      buffer.put(row, 0, Math.min(stride, buffer.remaining()));
    }
    buffer.position(0);
  }
}
