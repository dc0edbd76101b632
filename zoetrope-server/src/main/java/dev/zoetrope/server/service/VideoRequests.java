package dev.zoetrope.server.service;

/**
 * What clients send, as raw text: the service validates every field so its errors can name the
 * parameter. Null means "not given".
 */
public final class VideoRequests {
  private VideoRequests() {}

  /** POST /v1/videos. {@code inputReferenceUrl} is a data: URL from a JSON body. */
  public record Create(String prompt, String model, String seconds, String size, Upload inputReference,
      String inputReferenceUrl) {}

  /** POST /v1/videos/{id}/remix. */
  public record Remix(String videoId, String prompt, String strength) {}

  /**
   * POST /v1/videos/extensions: continue {@code videoId} by {@code seconds}; "backward" extends
   * into the past; {@code connectToId} asks for a transition that ends on that video instead.
   */
  public record Extend(String videoId, String prompt, String seconds, String direction, String connectToId) {}

  /** POST /v1/videos/edits: a finished video by id, or an uploaded video file. */
  public record Edit(String videoId, Upload video, String prompt, String strength, String size) {}

  /** GET /v1/videos. */
  public record ListQuery(String after, String limit, String order) {}
}
