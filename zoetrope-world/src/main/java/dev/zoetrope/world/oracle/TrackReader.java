package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a track into facts: look (shape, colour and its change, size, expression) by majority over
 * whole sightings, and motion from the camera-compensated path: size trend (grow, shrink), bounces,
 * speed and direction of a straight-line fit, turning (spin, roll), and whether the object crossed
 * the frame edge (enter, leave).
 */
public final class TrackReader {
  /** Below this speed (frame units per second) an object is not moving. */
  public static final double STILL_SPEED = 0.035;
  /** A radius ratio beyond this over the clip is growing (or, inverted, shrinking). */
  public static final double GROWTH_RATIO = 1.3;
  /** Turning faster than this (radians per second) is spinning or rolling. */
  public static final double TURN_RATE = 0.8;
  /** Slow and fast speeds meet at their geometric mean. */
  static final double SPEED_SPLIT = Math.sqrt(Speed.SLOW.unitsPerSecond() * Speed.FAST.unitsPerSecond());

  private final CameraPath camera;
  private final double fps;
  private final int width;
  private final int height;

  public TrackReader(CameraPath camera, double fps) {
    this.camera = camera;
    this.fps = fps;
    this.width = camera.width();
    this.height = camera.height();
  }

  public ObjectObservation read(Track track) {
    List<Detection> all = track.detections();
    List<Detection> inside = all.stream().filter(d -> !d.touchesBorder()).toList();
    List<Detection> path = inside.size() >= 2 ? inside : all;
    double[] t = times(path);
    double[] x = path.stream().mapToDouble(d -> camera.worldX(d.frame(), d.x()) / width).toArray();
    double[] y = path.stream().mapToDouble(d -> camera.worldY(d.frame(), d.y()) / height).toArray();
    double vx = path.size() >= 2 ? LineFit.fit(t, x, 1).slope() : 0;
    double vy = path.size() >= 2 ? LineFit.fit(t, y, 1).slope() : 0;
    double speedValue = Math.hypot(vx, vy);
    Shape shape = track.shape();
    Colour colour = track.colour(false, 0.25);
    Colour end = track.colour(true, 0.25);
    List<Detection> whole = track.wholeDetections();
    double radius = worldRadius(whole.get(0));
    double growth = growth(inside.isEmpty() ? all : inside);
    double rotation = rotation(whole, shape);
    BounceFit bounce = path.size() >= 3 ? BounceFit.of(t, y) : BounceFit.none();
    MotionKind motion = motion(track, growth, bounce, speedValue, vx, rotation);
    boolean directed = motion.needsDirection();
    Direction direction = directed ? direction(motion, vx, vy) : null;
    return new ObjectObservation(
        track,
        shape,
        colour,
        end != colour ? end : null,
        size(radius),
        shape == Shape.CREATURE ? expression(whole) : Expression.NONE,
        motion,
        direction,
        directed ? (speedValue < SPEED_SPLIT ? Speed.SLOW : Speed.FAST) : null,
        speedValue,
        vx,
        vy,
        x[0],
        y[0],
        radius,
        rotation,
        bounce,
        gaps(all));
  }

  private MotionKind motion(Track track, double growth, BounceFit bounce, double speed, double vx, double rotation) {
    if (growth >= GROWTH_RATIO) return MotionKind.GROW;
    if (growth <= 1 / GROWTH_RATIO) return MotionKind.SHRINK;
    if (bounce.bounced()) return MotionKind.BOUNCE;
    if (speed < STILL_SPEED) {
      return Math.abs(rotation) > TURN_RATE ? MotionKind.SPIN : MotionKind.STILL;
    }
    boolean startsOutside = track.first().frame() > 0 || track.first().touchesBorder();
    boolean endsOutside = track.last().frame() < camera.frames() - 1 || track.last().touchesBorder();
    if (startsOutside && !endsOutside) return MotionKind.ENTER;
    if (endsOutside && !startsOutside) return MotionKind.LEAVE;
    // Rolling turns the way it travels: clockwise (increasing image angle) when moving right.
    if (Math.abs(rotation) > TURN_RATE && Math.signum(rotation) == Math.signum(vx)) return MotionKind.ROLL;
    return MotionKind.MOVE;
  }

  private static Direction direction(MotionKind motion, double vx, double vy) {
    if (motion == MotionKind.ROLL) return vx < 0 ? Direction.LEFT : Direction.RIGHT;
    return Direction.nearest(vx, vy);
  }

  private double[] times(List<Detection> detections) {
    return detections.stream().mapToDouble(d -> d.frame() / fps).toArray();
  }

  /** Radius in fractions of the short side, at frame-0 zoom. */
  private double worldRadius(Detection d) {
    return d.radius() / camera.scale()[d.frame()] / Math.min(width, height);
  }

  /** Ratio of the fitted radius at the last sighting to that at the first. */
  private double growth(List<Detection> sightings) {
    if (sightings.size() < 3) return 1;
    double[] t = times(sightings);
    double[] logRadius = sightings.stream().mapToDouble(d -> Math.log(worldRadius(d))).toArray();
    LineFit fit = LineFit.fit(t, logRadius, 1);
    return Math.exp(fit.slope() * (t[t.length - 1] - t[0]));
  }

  /** Mean turning rate from orientations unwrapped modulo the shape's symmetry; NaN if round. */
  private double rotation(List<Detection> whole, Shape shape) {
    int folds = shape == Shape.CREATURE ? 1 : ShapeClassifier.folds(shape);
    List<Detection> oriented = whole.stream().filter(d -> !Double.isNaN(d.orientation()) && d.shape() == shape).toList();
    if (folds == 0 || oriented.size() < 3) return Double.NaN;
    double period = 2 * Math.PI / folds;
    double[] t = times(oriented);
    double[] angle = new double[oriented.size()];
    angle[0] = oriented.get(0).orientation();
    for (int i = 1; i < angle.length; i++) {
      // Frame-to-frame turns are taken as the smallest equivalent step.
      angle[i] = angle[i - 1] + Math.IEEEremainder(oriented.get(i).orientation() - angle[i - 1], period);
    }
    return LineFit.fit(t, angle, 1).slope();
  }

  private static Size size(double radius) {
    Size best = Size.SMALL;
    for (Size s : Size.values()) {
      if (Math.abs(Math.log(radius / s.radius())) < Math.abs(Math.log(radius / best.radius()))) best = s;
    }
    return best;
  }

  private static Expression expression(List<Detection> whole) {
    List<Detection> faces = whole.stream().filter(d -> d.expression() != Expression.NONE).toList();
    return faces.isEmpty() ? Expression.NONE : Track.majority(faces, Detection::expression, Expression.class);
  }

  private static List<Gap> gaps(List<Detection> detections) {
    List<Gap> gaps = new ArrayList<>();
    for (int i = 1; i < detections.size(); i++) {
      int before = detections.get(i - 1).frame();
      int after = detections.get(i).frame();
      if (after > before + 1) gaps.add(new Gap(before, after));
    }
    return gaps;
  }
}
