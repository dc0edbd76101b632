package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.WorldConstants;
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
 * whole sightings, and motion from the camera-compensated path: size trend (grow, shrink), bounces
 * or a fall under gravity, speed and direction of a straight-line fit, turning (spin), resting on
 * the floor while moving sideways (roll), and crossing or heading for the frame edge (enter,
 * leave). Lengths are in short sides (min(width, height) pixels), as the world defines speeds.
 */
public final class TrackReader {
  /** Below this speed (short sides per second) an object is not moving; the world's slow is 0.12. */
  public static final double STILL_SPEED = 0.04;
  /** Fitted growth of ln(radius) per second beyond which an object grows (the world: 0.25 / (1 + 0.25 t)). */
  public static final double GROWTH_RATE = 0.08;
  /**
   * ...or, over a long clip whose growth has stopped, a radius ratio beyond this: fitted over the
   * clip, or from its first sightings to its last (growth stops at a limit, possibly early).
   */
  public static final double GROWTH_RATIO = 1.3;
  /** Turning faster than this (radians per second) is spinning; the world spins at pi/2. */
  public static final double TURN_RATE = 0.8;
  /** A sideways mover whose bottom is this close to the floor (fraction of the height) rolls. */
  public static final double FLOOR_TOLERANCE = 0.03;
  /** A mover starting this far (fraction of the frame) beyond the centre, heading out, is leaving. */
  public static final double LEAVING_OFFSET = 0.05;
  /** Slow and fast speeds meet at their geometric mean. */
  static final double SPEED_SPLIT = Math.sqrt(Speed.SLOW.unitsPerSecond() * Speed.FAST.unitsPerSecond());

  private final CameraPath camera;
  private final double fps;
  private final int width;
  private final int height;
  private final double unit;

  public TrackReader(CameraPath camera, double fps) {
    this.camera = camera;
    this.fps = fps;
    this.width = camera.width();
    this.height = camera.height();
    this.unit = Math.min(width, height);
  }

  public ObjectObservation read(Track track) {
    List<Detection> all = track.detections();
    List<Detection> measured = all.stream().filter(d -> !d.estimated()).toList();
    // A fitted centre holds at the frame edge too; a silhouette's centroid there does not.
    List<Detection> inside = measured.stream().filter(d -> d.fitted() || !d.touchesBorder()).toList();
    List<Detection> path = inside.size() >= 2 ? inside : measured.size() >= 2 ? measured : all;
    double[] t = times(path);
    double[] x = path.stream().mapToDouble(d -> camera.worldX(d.frame(), d.x())).toArray(); // world pixels
    double[] y = path.stream().mapToDouble(d -> camera.worldY(d.frame(), d.y())).toArray();
    double vx = path.size() >= 2 ? LineFit.fit(t, x, 1).slope() / unit : 0; // short sides per second
    double vy = path.size() >= 2 ? LineFit.fit(t, y, 1).slope() / unit : 0;
    double speedValue = Math.hypot(vx, vy);
    Shape shape = track.shape();
    Colour colour = track.colour(false, 0.25);
    Colour end = track.colour(true, 0.25);
    List<Detection> whole = track.wholeDetections();
    // Whole sightings give the cleanest trend; when neighbours hide the object too often, fall back
    // to the envelope of every measured sighting.
    // Size changes are read from whole sightings only: a part hidden by something in front changes
    // the visible size as much as growing does. Too few of them, and the size is taken as steady.
    // Silhouettes and template fits measure radius slightly differently: a trend uses one kind,
    // the one seen first when both show a trend, as the size is read back to the start.
    List<Detection> silhouettes = whole.stream().filter(d -> !d.estimated() && !d.fitted() && !d.hidden()).toList();
    List<Detection> fits = whole.stream().filter(d -> d.fitted() && !d.touchesBorder()).toList();
    boolean fitsFirst = trend(fits) && (silhouettes.isEmpty() || fits.get(0).frame() < silhouettes.get(0).frame());
    List<Detection> sizing = trend(silhouettes) && !fitsFirst ? silhouettes : fits;
    double growth = trend(sizing) ? growthRate(sizing) : 0;
    // The stated size is the size at the start: undo the growth since the first whole sighting.
    Detection first = sizing.isEmpty() ? whole.get(0) : sizing.get(0);
    double radius = worldRadius(first) / unit * Math.exp(-growth * first.frame() / fps);
    double[] heights = java.util.Arrays.stream(y).map(v -> v / height).toArray();
    BounceFit bounce = path.size() >= 3 ? BounceFit.of(t, heights) : BounceFit.none();
    // Turning is read frame to frame, so it needs every sighting of the right class in sequence
    // (the median turn shrugs off the few a cut distorts).
    double rotation = rotation(measured.stream().filter(d -> !d.touchesBorder()).toList(), shape);
    double endRatio = trend(sizing) ? endRatio(sizing) : 1;
    Reading reading = new Reading(track, whole, t, x, y, vx, vy, bounce, rotation, growth, span(sizing), endRatio);
    MotionKind motion = motion(reading);
    boolean directed = motion.needsDirection();
    return new ObjectObservation(
        track,
        shape,
        colour,
        end != colour ? end : null,
        size(radius),
        shape == Shape.CREATURE ? expression(whole) : Expression.NONE,
        motion,
        directed ? direction(motion, vx, vy) : null,
        directed ? (speedValue < SPEED_SPLIT ? Speed.SLOW : Speed.FAST) : null,
        speedValue,
        vx,
        vy,
        x[0] / width,
        y[0] / height,
        radius,
        rotation,
        bounce,
        gaps(all));
  }

  /** The measurements motion is judged from. */
  private record Reading(
      Track track, List<Detection> sightings, double[] t, double[] x, double[] y,
      double vx, double vy, BounceFit bounce, double rotation, double growth, double growthSpan, double endRatio) {}

  private MotionKind motion(Reading r) {
    double speed = Math.hypot(r.vx(), r.vy());
    double growth = r.growth();
    double fitted = Math.exp(growth * r.growthSpan());
    double ratio = Math.abs(Math.log(r.endRatio())) > Math.abs(Math.log(fitted)) ? r.endRatio() : fitted;
    // An object that clearly travels is read by its path: size readings of a moving object suffer
    // most from what passes in front of it, and the world's growers stay put.
    boolean travels = speed >= 2 * STILL_SPEED;
    if (!travels && (growth >= GROWTH_RATE || ratio >= GROWTH_RATIO)) return MotionKind.GROW;
    if (!travels && (growth <= -GROWTH_RATE || ratio <= 1 / GROWTH_RATIO)) return MotionKind.SHRINK;
    if (r.bounce().bounced() || falls(r)) return MotionKind.BOUNCE;
    if (speed < STILL_SPEED) return Math.abs(r.rotation()) > TURN_RATE ? MotionKind.SPIN : MotionKind.STILL;
    boolean sideways = Math.abs(r.vx()) > 2.5 * Math.abs(r.vy());
    if (sideways && onFloor(r)) return MotionKind.ROLL;
    Track track = r.track();
    // Entering: first seen cut by the edge (or late), and moving away from the edges; leaving:
    // moving towards them and out, or started past the centre heading out.
    // Judged on the first third of the track: an object may enter and cross the whole frame.
    List<Detection> all = track.detections();
    Detection early = all.get(Math.min(all.size() - 1, Math.max(1, all.size() / 3)));
    boolean inward = edgeDistance(early) > edgeDistance(track.first());
    boolean outward = edgeDistance(track.last()) < edgeDistance(all.get(Math.max(0, all.size() - 1 - all.size() / 3)));
    boolean startsOutside = track.first().frame() > 0 || track.first().touchesBorder();
    if (startsOutside && inward) return MotionKind.ENTER;
    boolean endsOutside = track.last().frame() < camera.frames() - 1 || track.last().touchesBorder();
    if ((endsOutside && outward) || headsOut(r)) return MotionKind.LEAVE;
    return MotionKind.MOVE;
  }

  /** Distance of a sighting's centre from the nearest frame edge, in pixels. */
  private double edgeDistance(Detection d) {
    return Math.min(Math.min(d.x(), width - d.x()), Math.min(d.y(), height - d.y()));
  }

  /** A fall under gravity that has not reached the floor yet: a parabola bending downwards. */
  private boolean falls(Reading r) {
    if (r.t().length < 5 || Math.abs(r.vx()) > 0.5 * Math.abs(r.vy())) return false;
    double[] heights = java.util.Arrays.stream(r.y()).map(v -> v / height).toArray();
    LineFit parabola = LineFit.fit(r.t(), heights, 2);
    return 2 * parabola.coefficients()[2] >= BounceFit.MIN_GRAVITY && parabola.rSquared() >= 0.98;
  }

  /** Resting on the world's floor: the bottom of the bounding circle at the floor line. */
  private boolean onFloor(Reading r) {
    List<Detection> s = r.sightings();
    double bottom = 0;
    for (Detection d : s) bottom += (camera.worldY(d.frame(), d.y()) + worldRadius(d)) / height / s.size();
    return Math.abs(bottom - WorldConstants.FLOOR) <= FLOOR_TOLERANCE;
  }

  /** Started beyond the centre on the side it moves to: on its way out of the frame. */
  private boolean headsOut(Reading r) {
    double norm = Math.hypot(r.vx(), r.vy());
    double offset = (r.x()[0] / width - 0.5) * r.vx() / norm + (r.y()[0] / height - 0.5) * r.vy() / norm;
    return offset >= LEAVING_OFFSET;
  }

  private static Direction direction(MotionKind motion, double vx, double vy) {
    if (motion == MotionKind.ROLL) return vx < 0 ? Direction.LEFT : Direction.RIGHT;
    return Direction.nearest(vx, vy);
  }

  private double[] times(List<Detection> detections) {
    return detections.stream().mapToDouble(d -> d.frame() / fps).toArray();
  }

  /** Enough sightings, far enough apart, to show a size trend. */
  private boolean trend(List<Detection> sightings) {
    return sightings.size() >= 3 && span(sightings) >= 0.3;
  }

  private double span(List<Detection> detections) {
    return detections.size() < 2 ? 0 : (detections.get(detections.size() - 1).frame() - detections.get(0).frame()) / fps;
  }

  /** Radius in world pixels (frame-0 zoom). */
  private double worldRadius(Detection d) {
    return d.radius() / camera.scale()[d.frame()];
  }

  /**
   * Fitted d ln(radius) / dt (radius at frame-0 zoom), refitted once without sightings more than
   * 12% off the line (a bad template fit, a silhouette's bite).
   */
  private double growthRate(List<Detection> sightings) {
    double[] t = times(sightings);
    double[] logRadius = sightings.stream().mapToDouble(d -> Math.log(worldRadius(d))).toArray();
    LineFit fit = LineFit.fit(t, logRadius, 1);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < t.length; i++) if (Math.abs(logRadius[i] - fit.at(t[i])) <= 0.12) kept.add(i);
    if (kept.size() >= 3 && kept.size() < t.length) {
      fit = LineFit.fit(kept.stream().mapToDouble(i -> t[i]).toArray(), kept.stream().mapToDouble(i -> logRadius[i]).toArray(), 1);
    }
    return fit.slope();
  }

  /**
   * Radius (at frame-0 zoom) of the last sightings over that of the first ones, each the median of
   * a twentieth of the sightings (at least three): a size change that stopped early in a long clip
   * shows here when a line fitted over the whole clip flattens it.
   */
  private double endRatio(List<Detection> sightings) {
    int m = Math.max(3, sightings.size() / 20);
    double start = medianLogRadius(sightings.subList(0, m));
    double end = medianLogRadius(sightings.subList(sightings.size() - m, sightings.size()));
    return Math.exp(end - start);
  }

  private double medianLogRadius(List<Detection> sightings) {
    double[] v = sightings.stream().mapToDouble(d -> Math.log(worldRadius(d))).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * Turning rate (radians per second): the median of frame-to-frame turns, each taken as the
   * smallest step modulo the shape's symmetry, so a few sightings bitten by a neighbour cannot
   * throw it; NaN for shapes that show no turn or too few consecutive sightings.
   */
  private double rotation(List<Detection> sightings, Shape shape) {
    int folds = ShapeClassifier.folds(shape);
    List<Detection> oriented = sightings.stream().filter(d -> !Double.isNaN(d.orientation()) && d.shape() == shape).toList();
    if (folds == 0) return Double.NaN;
    double period = 2 * Math.PI / folds;
    List<Double> turns = new ArrayList<>();
    for (int i = 1; i < oriented.size(); i++) {
      int frames = oriented.get(i).frame() - oriented.get(i - 1).frame();
      if (frames != 1) continue;
      turns.add(Math.IEEEremainder(oriented.get(i).orientation() - oriented.get(i - 1).orientation(), period));
    }
    if (turns.size() < 2) return Double.NaN;
    turns.sort(null);
    int n = turns.size();
    double median = n % 2 == 1 ? turns.get(n / 2) : (turns.get(n / 2 - 1) + turns.get(n / 2)) / 2;
    return median * fps;
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
