package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.Detection;
import dev.zoetrope.world.oracle.Gap;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.oracle.Track;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.List;

/**
 * How things move: direction and speed (T2V-CompBench motion binding), camera motion (VBench),
 * dynamic degree and whether it agrees with the prompt, bounces read as physics, and object
 * permanence.
 */
final class MotionScores {
  /** Fitted flights may disagree on gravity by this share and still be one physics. */
  static final double GRAVITY_TOLERANCE = 0.35;
  /** Plausible gravity, heights per second squared: half to double the world's 1.2 to 2.0. */
  static final double MIN_GRAVITY = 0.6;
  static final double MAX_GRAVITY = 4.0;

  private MotionScores() {}

  static void score(SceneFacts expected, Observation seen, List<ObjectObservation> matched, Scores out) {
    List<ObjectFacts> objects = expected.objects();
    List<Integer> directed = CompositionScores.stated(expected, o -> o.direction() != null);
    out.share(Dimension.MOTION_DIRECTION, directed, i -> matched.get(i) != null && matched.get(i).direction() == objects.get(i).direction());
    List<Integer> paced = CompositionScores.stated(expected, o -> o.speed() != null);
    if (!paced.isEmpty()) {
      double error = 0;
      for (int i : paced) {
        double stated = objects.get(i).speed().unitsPerSecond();
        ObjectObservation o = matched.get(i);
        error += o == null ? 1 : Math.abs(o.speedValue() - stated) / stated;
      }
      out.put(Dimension.SPEED_ERROR, error / paced.size());
    }
    if (expected.camera() != null) out.put(Dimension.CAMERA_MOTION, Scores.bool(seen.cameraMotion() == expected.camera()));
    out.put(Dimension.DYNAMIC_DEGREE, Scores.bool(dynamic(seen)));
    Boolean shouldMove = expectedDynamic(expected);
    if (shouldMove != null) out.put(Dimension.MOTION_AGREEMENT, Scores.bool(statedMoves(expected, seen, matched) == shouldMove));
    List<Integer> bouncing = CompositionScores.stated(expected, o -> o.motion() == MotionKind.BOUNCE);
    out.share(Dimension.PHYSICS_BOUNCE, bouncing, i -> physical(matched.get(i)));
    if (!objects.isEmpty()) out.put(Dimension.OBJECT_PERMANENCE, Scores.bool(permanent(seen, matched)));
  }

  /** Something moves: an object (including growing, spinning) or the camera. */
  static boolean dynamic(Observation seen) {
    if (seen.cameraMotion() != Camera.STATIC) return true;
    return seen.objects().stream().anyMatch(o -> o.motion() != MotionKind.STILL);
  }

  /**
   * Whether what the prompt speaks of moves: the camera if it states one, and the objects whose
   * motion it states (an unstated camera or object may do anything).
   */
  static boolean statedMoves(SceneFacts expected, Observation seen, List<ObjectObservation> matched) {
    if (expected.camera() != null && seen.cameraMotion() != Camera.STATIC) return true;
    for (int i = 0; i < expected.objects().size(); i++) {
      ObjectFacts e = expected.objects().get(i);
      ObjectObservation o = matched.get(i);
      if (e.motion() == null || o == null || (e.motion() == MotionKind.SPIN && e.shape() == Shape.RING)) continue;
      if (o.motion() != MotionKind.STILL) return true;
    }
    return false;
  }

  /** Whether the prompt asks for motion; null when it says nothing about motion. */
  static Boolean expectedDynamic(SceneFacts expected) {
    boolean said = expected.camera() != null;
    boolean moves = expected.camera() != null && expected.camera() != Camera.STATIC;
    for (ObjectFacts o : expected.objects()) {
      // A ring's spin is invisible (see MotionMatch): it is no claim about what moves on screen.
      if (o.motion() == null || (o.motion() == MotionKind.SPIN && o.shape() == Shape.RING)) continue;
      said = true;
      moves |= o.motion() != MotionKind.STILL;
    }
    return said ? moves : null;
  }

  /** A bounce that reads as physics: plausible flights under a plausible gravity. */
  static boolean physical(ObjectObservation o) {
    if (o == null || o.motion() != MotionKind.BOUNCE || !o.bounce().plausible(GRAVITY_TOLERANCE)) return false;
    double g = o.bounce().gravity();
    return g >= MIN_GRAVITY && g <= MAX_GRAVITY;
  }

  /**
   * Every stated object is there, and none of them appears, vanishes or turns into something else
   * unexplained: a track may start, end or pause only where something can hide it (the frame
   * edge, the occluder, another object), and it looks the same after a pause as before.
   */
  static boolean permanent(Observation seen, List<ObjectObservation> matched) {
    int last = seen.frames() - 1;
    for (ObjectObservation o : matched) {
      if (o == null) return false;
      Track track = o.track();
      if (track.first().frame() > 0 && !track.first().cut()) return false;
      if (track.last().frame() < last && !track.last().cut() && !tiny(track.last(), seen)) return false;
      for (Gap gap : o.gaps()) {
        Detection before = at(track, gap.lastSeen());
        Detection after = at(track, gap.seenAgain());
        // A short gap while the colour changes is the blend passing between palette colours.
        boolean changing = before.colour() != after.colour() && o.changesTo() != null && gap.frames() <= 2;
        // So is a dropout of an object small enough to flicker below what the oracle detects.
        boolean faint = tiny(before, seen) || tiny(after, seen);
        boolean covered = covered(seen, track, before, gap.lastSeen() + 1) || covered(seen, track, after, gap.seenAgain() - 1);
        if (!before.cut() && !after.cut() && !changing && !faint && !covered) return false;
        if (before.colour() != after.colour() && o.changesTo() == null) return false;
      }
    }
    return true;
  }

  /**
   * Whether another object, seen in {@code frame} overlapping where the track's object was last
   * (or next) seen, can hide it: in front, or merged with it into one blob of their colour.
   */
  private static boolean covered(Observation seen, Track track, Detection sighting, int frame) {
    for (Track other : seen.tracks()) {
      if (other == track) continue;
      for (Detection d : other.detections()) {
        if (d.frame() == frame && Math.hypot(d.x() - sighting.x(), d.y() - sighting.y()) <= d.radius() + sighting.radius()) return true;
      }
    }
    return false;
  }

  /** Small enough that shrinking further takes it below what the oracle detects. */
  private static boolean tiny(Detection d, Observation seen) {
    double side = Math.min(seen.width(), seen.height());
    return d.area() <= 0.008 * side * side;
  }

  private static Detection at(Track track, int frame) {
    return track.detections().stream().filter(d -> d.frame() == frame).findFirst().orElseThrow();
  }
}
