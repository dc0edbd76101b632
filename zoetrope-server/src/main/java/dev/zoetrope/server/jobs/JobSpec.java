package dev.zoetrope.server.jobs;

import java.util.Objects;

/**
 * The inputs of a job beyond prompt, model, seconds and size, stored as JSON in the jobs table.
 * The seed is fixed at creation so a job re-run after a lost lease makes the same video.
 *
 * @param sourceVideoId the finished video remixed, edited, extended, or connected from
 * @param secondVideoId the video a connect job ends on
 * @param inputFile an uploaded image or video, relative to the data directory
 * @param strength how far an edit may move from its input, in (0, 1]
 * @param backward extend backward in time instead of forward
 */
public record JobSpec(
    JobMode mode,
    long seed,
    String sourceVideoId,
    String secondVideoId,
    String inputFile,
    double strength,
    boolean backward) {
  public JobSpec {
    Objects.requireNonNull(mode, "mode");
    if (!(strength >= 0 && strength <= 1)) throw new IllegalArgumentException("strength " + strength);
    boolean needsSource = mode == JobMode.REMIX || mode == JobMode.EXTEND || mode == JobMode.CONNECT;
    if (needsSource && sourceVideoId == null) throw new IllegalArgumentException(mode + " needs a source video");
    if (mode == JobMode.CONNECT && secondVideoId == null) throw new IllegalArgumentException("connect needs two videos");
    if (mode == JobMode.IMAGE_TO_VIDEO && inputFile == null) throw new IllegalArgumentException("image-to-video needs an image");
    if (mode == JobMode.EDIT && sourceVideoId == null && inputFile == null) {
      throw new IllegalArgumentException("edit needs a video");
    }
  }

  public static JobSpec text(long seed) {
    return new JobSpec(JobMode.TEXT, seed, null, null, null, 0, false);
  }
}
