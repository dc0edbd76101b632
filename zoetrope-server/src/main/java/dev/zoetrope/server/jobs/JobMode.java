package dev.zoetrope.server.jobs;

/** What a job asks the generator for; each maps to one {@code Conditioning}. */
public enum JobMode {
  /** Text to video. */
  TEXT,
  /** Animate the uploaded reference image (its frame is given first). */
  IMAGE_TO_VIDEO,
  /** SDEdit of a finished video with a new prompt. */
  REMIX,
  /** SDEdit of a finished or uploaded video. */
  EDIT,
  /** Continue a finished video forward (or backward). */
  EXTEND,
  /** A transition from the end of one finished video to the start of another. */
  CONNECT
}
