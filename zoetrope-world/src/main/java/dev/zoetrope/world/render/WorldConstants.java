package dev.zoetrope.world.render;

/**
 * The world's physical constants. Rates are per second and lengths are in units of
 * {@code s = min(width, height)} pixels, so a clip looks the same at every resolution.
 */
public final class WorldConstants {
  /** The floor (where bounces land and rolling objects sit), as a fraction of the height. */
  public static final double FLOOR = 0.97;
  /** Camera pan speed, units per second. */
  public static final double PAN_SPEED = 0.10;
  /** Zoom: the scale changes by a factor exp(±ZOOM_RATE · t). */
  public static final double ZOOM_RATE = 0.12;
  /** Spin: radians per second (a quarter turn per second, clockwise on screen). */
  public static final double SPIN_RATE = Math.PI / 2;
  /** Growth: scale = 1 + GROW_RATE · t, up to GROW_LIMIT. */
  public static final double GROW_RATE = 0.25;
  public static final double GROW_LIMIT = 2.2;
  /** Shrinking: scale = 1 − SHRINK_RATE · t, down to SHRINK_LIMIT. */
  public static final double SHRINK_RATE = 0.15;
  public static final double SHRINK_LIMIT = 0.35;
  /** A colour change runs from this fraction of the clip to {@link #COLOUR_CHANGE_END}. */
  public static final double COLOUR_CHANGE_START = 0.35;
  public static final double COLOUR_CHANGE_END = 0.65;
  /** A bounce shorter than this (units) counts as coming to rest. */
  public static final double REST_HEIGHT = 0.004;
  /** Texels of background texture per unit. */
  public static final int TEXELS_PER_UNIT = 128;

  private WorldConstants() {}
}
