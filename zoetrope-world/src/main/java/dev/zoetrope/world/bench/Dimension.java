package dev.zoetrope.world.bench;

/**
 * The quality dimensions, named as in report.json. Each follows a VBench (Huang et al., 2024) or
 * T2V-CompBench (Sun et al., 2024) formula with the detector replaced by the oracle; {@link
 * #analogue} marks those whose formula had to change because the original needs a learned model
 * (DINO, CLIP, RAFT, AMT, I3D) that has no exact counterpart here. docs/bench.md gives each formula.
 */
public enum Dimension {
  COLOR("color", Kind.ATTRIBUTE, false),
  COLOR_STRICT("color_strict", Kind.ATTRIBUTE, false),
  OBJECT_CLASS("object_class", Kind.ATTRIBUTE, false),
  MULTIPLE_OBJECTS("multiple_objects", Kind.ATTRIBUTE, false),
  NUMERACY("numeracy", Kind.ATTRIBUTE, false),
  SPATIAL("spatial", Kind.ATTRIBUTE, false),
  SPATIAL_STRICT("spatial_strict", Kind.ATTRIBUTE, false),
  MOTION_DIRECTION("motion_direction", Kind.ATTRIBUTE, false),
  SPEED_ERROR("speed_error", Kind.ERROR, false),
  CAMERA_MOTION("camera_motion", Kind.ATTRIBUTE, false),
  SUBJECT_CONSISTENCY("subject_consistency", Kind.QUALITY, true),
  BACKGROUND_CONSISTENCY("background_consistency", Kind.QUALITY, true),
  TEMPORAL_FLICKER("temporal_flicker", Kind.QUALITY, false),
  MOTION_SMOOTHNESS("motion_smoothness", Kind.QUALITY, true),
  DYNAMIC_DEGREE("dynamic_degree", Kind.DESCRIPTIVE, true),
  MOTION_AGREEMENT("motion_agreement", Kind.ATTRIBUTE, true),
  OBJECT_PERMANENCE("object_permanence", Kind.ATTRIBUTE, true),
  PHYSICS_BOUNCE("physics_bounce", Kind.ATTRIBUTE, true),
  EXPRESSION("expression", Kind.ATTRIBUTE, false),
  CAPTION_FACT_ACCURACY("caption_fact_accuracy", Kind.ATTRIBUTE, false),
  ALL_FACTS_CORRECT("all_facts_correct", Kind.ATTRIBUTE, false),
  FD_ORACLE("fd_oracle", Kind.DISTANCE, true),
  KID_ORACLE("kid_oracle", Kind.DISTANCE, true),
  FIRST_FRAME_PSNR("first_frame_psnr", Kind.DECIBELS, false),
  SEAM_CONTINUITY("seam_continuity", Kind.QUALITY, true);

  /** How a dimension reads. */
  public enum Kind {
    /** Share of stated facts of one kind the video shows, in [0, 1]; higher is better. */
    ATTRIBUTE,
    /** A visual-quality score in [0, 1]; higher is better. */
    QUALITY,
    /** Describes the videos (how much moves); neither end is better. */
    DESCRIPTIVE,
    /** A relative error; lower is better. */
    ERROR,
    /** A distance between sets of videos; lower is better. */
    DISTANCE,
    /** Decibels; higher is better. */
    DECIBELS
  }

  private final String key;
  private final Kind kind;
  private final boolean analogue;

  Dimension(String key, Kind kind, boolean analogue) {
    this.key = key;
    this.kind = kind;
    this.analogue = analogue;
  }

  /** The name used in report.json. */
  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** True when the formula is an analogue of the published one rather than the same formula. */
  public boolean analogue() {
    return analogue;
  }

  public boolean higherIsBetter() {
    return kind != Kind.ERROR && kind != Kind.DISTANCE && kind != Kind.DESCRIPTIVE;
  }

  public boolean lowerIsBetter() {
    return kind == Kind.ERROR || kind == Kind.DISTANCE;
  }

  /** Scored per video (FD and KID compare whole sets). */
  public boolean perVideo() {
    return kind != Kind.DISTANCE;
  }
}
