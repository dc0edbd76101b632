package dev.zoetrope.modes;

import dev.zoetrope.media.PngIO;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the images and videos that modes start from and makes them what the generator needs:
 * frames of one size on the model's grid (the input's own size when it is on the grid, see
 * {@link SizeGrid}) at the model's frame rate, at most {@link #MAX_SECONDS} long. Every problem is
 * an {@link IllegalArgumentException} naming the file.
 */
public final class InputMedia {
  /** The longest input video, the same limit as a generated one. */
  public static final double MAX_SECONDS = 60;
  private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp");

  /** An input as found on disk ({@code source} size and rate) and as the generator gets it ({@code video}). */
  public record Input(Path file, VideoSize source, double sourceFps, Video video) {
    public VideoSize size() {
      return new VideoSize(video.width(), video.height());
    }

    /** True when the frames were resized or cropped: they are not the file's pixels. */
    public boolean fitted() {
      return !source.equals(size());
    }

    /** True when frames were dropped or repeated to reach the model's frame rate (never for an image). */
    public boolean retimed() {
      return Math.abs(sourceFps - video.fps()) >= Retimer.SAME_RATE;
    }
  }

  private InputMedia() {}

  /** PNG, JPEG and BMP files are images; everything else is read as a video. */
  public static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /** An image as one frame at {@code fps}, fitted to {@code requested} (null: chosen by the grid). */
  public static Input image(Path file, SizeGrid grid, VideoSize requested, double fps) {
    Video image;
    try {
      image = PngIO.read(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    VideoSize source = new VideoSize(image.width(), image.height());
    VideoSize target = requested != null ? grid.check(requested) : grid.forInput(source.width(), source.height());
    byte[] frame = Fitting.fit(image.frame(0), source.width(), source.height(), target);
    return new Input(file, source, fps, new Video(target.width(), target.height(), fps, List.of(frame)));
  }

  /**
   * A video (any codec FFmpeg decodes; an image file is a one-frame video) retimed to {@code fps}
   * and fitted to {@code requested} (null: chosen by the grid), decoded frame by frame so a large
   * input never sits in memory at its own size.
   */
  public static Input video(Path file, SizeGrid grid, VideoSize requested, double fps) {
    if (isImage(file)) return image(file, grid, requested, fps);
    int maxFrames = (int) Math.floor(MAX_SECONDS * fps + 1e-9);
    Retimer retimer = new Retimer(grid, requested, fps, maxFrames);
    try {
      VideoReader.stream(file, retimer);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    List<byte[]> frames = retimer.frames();
    if (retimer.tooLong() || frames.size() > maxFrames) {
      throw new IllegalArgumentException(file + " is longer than " + (int) MAX_SECONDS + " s, the longest input a mode takes;"
          + " cut it first (e.g. ffmpeg -i IN -t 60 OUT)");
    }
    VideoReader.Info info = retimer.info();
    VideoSize target = retimer.target();
    return new Input(file, new VideoSize(info.width(), info.height()), info.fps(), new Video(target.width(), target.height(), fps, frames));
  }

  private static IllegalArgumentException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) return new IllegalArgumentException(file + ": no such file", e);
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IllegalArgumentException(reason.contains(file.toString()) ? reason : "cannot read " + file + ": " + reason, e);
  }
}
