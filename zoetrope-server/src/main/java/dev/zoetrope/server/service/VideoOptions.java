package dev.zoetrope.server.service;

import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.jobs.FrameTiming;
import dev.zoetrope.server.jobs.VideoSize;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a request may ask for. Sizes are multiples of 16 (the autoencoder's stride 8 times the 2x2
 * patch); seconds are whole numbers up to a minute, which includes OpenAI's "4", "8" and "12".
 */
public record VideoOptions(
    List<VideoSize> sizes, VideoSize defaultSize, int maxSeconds, int defaultSeconds, double fps, int maxPromptChars) {
  public static final List<VideoSize> STANDARD_SIZES = List.of(
      new VideoSize(64, 64), new VideoSize(128, 128), new VideoSize(224, 128), new VideoSize(128, 224),
      new VideoSize(256, 256), new VideoSize(256, 144), new VideoSize(144, 256));

  public VideoOptions {
    sizes = List.copyOf(sizes);
    if (!sizes.contains(defaultSize)) throw new IllegalArgumentException("default size " + defaultSize + " is not allowed");
    if (maxSeconds < 1 || defaultSeconds < 1 || defaultSeconds > maxSeconds) {
      throw new IllegalArgumentException("seconds: default " + defaultSeconds + ", max " + maxSeconds);
    }
    if (fps <= 0) throw new IllegalArgumentException("fps " + fps);
    if (maxPromptChars < 1) throw new IllegalArgumentException("maxPromptChars " + maxPromptChars);
  }

  public static VideoOptions standard() {
    return new VideoOptions(STANDARD_SIZES, new VideoSize(128, 128), 60, 4, 8, 32_000);
  }

  public VideoSize size(String text) {
    if (text == null || text.isEmpty()) return defaultSize;
    VideoSize size = VideoSize.parseOrNull(text.trim());
    if (size == null || !sizes.contains(size)) {
      throw ApiError.invalid("size", "invalid_value", "Invalid 'size': '" + shorten(text) + "'. Supported values are: "
          + sizes.stream().map(VideoSize::toString).collect(Collectors.joining(", ")) + ".");
    }
    return size;
  }

  public int seconds(String text) {
    if (text == null || text.isEmpty()) return defaultSeconds;
    String trimmed = text.trim();
    int seconds = trimmed.matches("[0-9]{1,3}") ? Integer.parseInt(trimmed) : -1;
    if (seconds < 1 || seconds > maxSeconds) {
      throw ApiError.invalid("seconds", "invalid_value", "Invalid 'seconds': '" + shorten(text)
          + "'. Supported values are whole numbers from 1 to " + maxSeconds + ".");
    }
    return seconds;
  }

  public String prompt(String text) {
    if (text == null) throw ApiError.missing("prompt");
    if (text.isBlank()) throw ApiError.invalid("prompt", "empty_prompt", "The 'prompt' must not be empty.");
    if (text.length() > maxPromptChars) {
      throw ApiError.invalid("prompt", "string_above_max_length", "The 'prompt' is " + text.length()
          + " characters long; the maximum is " + maxPromptChars + ".");
    }
    return text;
  }

  public FrameTiming timing() {
    return new FrameTiming(fps);
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
