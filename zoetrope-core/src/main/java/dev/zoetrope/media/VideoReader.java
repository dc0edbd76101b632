package dev.zoetrope.media;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.AV_ERROR_MAX_STRING_SIZE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Decodes any video FFmpeg reads (H.264, HEVC, VP8/9, AV1, MPEG-4, GIF, …) into RGB frames. A file
 * that is missing gives {@link NoSuchFileException}; a folder, or a file that is not a decodable
 * video, gives an {@link IOException} naming the file and the reason in words (not JavaCV's).
 */
public final class VideoReader {
  /** JavaCV's "avformat_open_input() error -1094995529: Could not open input …": the FFmpeg error code. */
  private static final Pattern ERROR_CODE = Pattern.compile("\\w+\\(\\) error (-\\d{1,10})\\b");
  /** Advice JavaCV appends for its programmers, e.g. "(Has setFormat() been called?)"; it may hold "()" itself. */
  private static final Pattern LIBRARY_HINTS = Pattern.compile("\\s*\\((Has |For more details)[^()]*(\\(\\)[^()]*)*\\)");

  /** Receives decoded frames in order ({@code info} says their size); return false to stop early. */
  @FunctionalInterface
  public interface FrameSink {
    boolean accept(Info info, int index, double seconds, byte[] rgb);
  }

  /** What a stream is, known after opening it. */
  public record Info(int width, int height, double fps) {}

  private VideoReader() {}

  public static Video read(Path path) throws IOException {
    return read(path, Integer.MAX_VALUE);
  }

  /** At most {@code maxFrames} frames from the start. */
  public static Video read(Path path, int maxFrames) throws IOException {
    if (maxFrames < 1) throw new IllegalArgumentException("maxFrames must be >= 1, got " + maxFrames);
    List<byte[]> frames = new ArrayList<>();
    Info info = stream(path, (stream, index, seconds, rgb) -> {
      frames.add(rgb);
      return frames.size() < maxFrames;
    });
    if (frames.isEmpty()) throw new IOException(path + " has no video frames");
    return new Video(info.width(), info.height(), info.fps(), frames);
  }

  /**
   * Decodes frame by frame without holding the whole video, for long or large inputs. Returns the
   * stream's size and frame rate (25 when the container does not say).
   */
  public static Info stream(Path path, FrameSink sink) throws IOException {
    if (Files.isDirectory(path)) throw new IOException(path + " is a folder, not a video file");
    if (!Files.isRegularFile(path)) throw new NoSuchFileException(path.toString(), null, "no such video file");
    FFmpegLog.quiet();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(path.toFile())) {
      grabber.setPixelFormat(AV_PIX_FMT_RGB24);
      try {
        grabber.start();
      } catch (Exception e) {
        throw new IOException("cannot read video " + path + ": " + openingReason(e), e);
      }
      if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
        throw new IOException("cannot read video " + path + ": it has no video stream");
      }
      double fps = grabber.getFrameRate() > 0 && grabber.getFrameRate() < 1000 ? grabber.getFrameRate() : 25;
      Info info = new Info(grabber.getImageWidth(), grabber.getImageHeight(), fps);
      int index = 0;
      while (true) {
        Frame frame;
        try {
          frame = grabber.grabImage();
        } catch (Exception e) {
          throw new IOException("cannot decode frame " + index + " of " + path + ": " + reason(e), e);
        }
        if (frame == null) break;
        double seconds = frame.timestamp > 0 ? frame.timestamp / 1e6 : index / fps;
        if (!sink.accept(info, index++, seconds, toRgb(frame))) break;
      }
      grabber.stop();
      if (index == 0) throw new IOException("cannot read video " + path + ": no frame could be decoded");
      return info;
    }
  }

  private static byte[] toRgb(Frame frame) {
    int width = frame.imageWidth, height = frame.imageHeight, stride = frame.imageStride;
    ByteBuffer buffer = (ByteBuffer) frame.image[0];
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      buffer.position(y * stride);
      buffer.get(rgb, y * width * 3, width * 3);
    }
    buffer.position(0);
    return rgb;
  }

  /** Why FFmpeg could not open a file; data it cannot make sense of means the file is not a video at all. */
  private static String openingReason(Exception e) {
    return errorCode(e) == AVERROR_INVALIDDATA ? "not a video file FFmpeg can open" : reason(e);
  }

  /** FFmpeg's own words for the error code JavaCV reports, else JavaCV's message without its advice. */
  private static String reason(Exception e) {
    if (e.getMessage() == null) return e.getClass().getSimpleName();
    int code = errorCode(e);
    if (code != 0) {
      try (BytePointer text = new BytePointer(AV_ERROR_MAX_STRING_SIZE)) {
        if (av_strerror(code, text, text.capacity()) == 0) return text.getString();
      }
    }
    return LIBRARY_HINTS.matcher(e.getMessage()).replaceAll("");
  }

  /** The FFmpeg error code in a JavaCV message, 0 when it holds none. */
  private static int errorCode(Exception e) {
    Matcher code = ERROR_CODE.matcher(e.getMessage() == null ? "" : e.getMessage());
    if (!code.find()) return 0;
    long value = Long.parseLong(code.group(1));
    return value >= Integer.MIN_VALUE ? (int) value : 0;
  }
}
