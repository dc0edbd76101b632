package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the oracle's reading of a rendered clip with the simulator's own truth, attribute by
 * attribute. Observed objects are paired with true ones by where they are (the truth's centroids),
 * not by what they look like, so a misread attribute cannot hide behind the pairing.
 */
final class Agreement {
  /** Per attribute name: [agreed, total]. */
  final Map<String, int[]> tally = new TreeMap<>();
  final List<String> disagreements = new ArrayList<>();
  int skipped;

  /** Share of a clip's frames an object must be at least this visible in to be judged. */
  static final double VISIBLE = 0.6;

  /**
   * Objects whose attributes pixels can show: at least 60% visible in at least half of the frames,
   * and apart from every object of the same colour in at least half of them (two touching objects
   * of one colour are one blob to any reader of colour). The truth decides, not the oracle.
   */
  static boolean[] observable(RenderedClip clip) {
    int n = clip.scene().objects().size();
    boolean[] out = new boolean[n];
    int frames = clip.truth().size();
    for (int i = 0; i < n; i++) {
      int visible = 0;
      int apart = 0;
      for (FrameTruth frame : clip.truth()) {
        ObjectTruth t = frame.object(i);
        if (t.visibleFraction() >= VISIBLE) visible++;
        if (!touchesSameColour(frame, i)) apart++;
      }
      out[i] = visible >= frames / 2.0 && apart >= frames / 2.0;
    }
    return out;
  }

  private static boolean touchesSameColour(FrameTruth frame, int i) {
    ObjectTruth a = frame.object(i);
    if (!a.visible()) return false;
    for (ObjectTruth b : frame.objects()) {
      if (b.object() == i || !b.visible() || b.colour() != a.colour()) continue;
      // Boxes within two pixels: the blobs would touch.
      if (a.box().x0() <= b.box().x1() + 2 && b.box().x0() <= a.box().x1() + 2
          && a.box().y0() <= b.box().y1() + 2 && b.box().y0() <= a.box().y1() + 2) return true;
    }
    return false;
  }

  void compare(RenderedClip clip, Observation seen) {
    Scene scene = clip.scene();
    String where = "seed " + scene.seed() + " " + clip.spec().width() + "x" + clip.spec().height();
    List<ObjectObservation> matched = match(clip, seen);
    boolean[] observable = observable(clip);
    boolean allObservable = true;
    for (boolean o : observable) allObservable &= o;
    if (allObservable) check("count", scene.objects().size(), seen.objects().size(), where);
    check("background", scene.background(), seen.background(), where);
    check("camera", scene.camera(), seen.cameraMotion(), where);
    check("occluder", scene.occluder() == null ? null : scene.occluder().kind(), seen.occluder(), where);
    if (scene.relation() != null) {
      Relation observed = matched.get(0) == null || matched.get(1) == null ? null : seen.relation(matched.get(0), matched.get(1));
      check("relation", scene.relation(), observed, where);
    }
    for (int i = 0; i < scene.objects().size(); i++) {
      if (!observable[i]) {
        skipped++;
        continue;
      }
      SceneObject truth = scene.objects().get(i);
      ObjectObservation o = matched.get(i);
      String at = where + " object " + i + " (" + truth.colour() + " " + truth.shape() + " " + truth.motion() + ")";
      check("shape", truth.shape(), o == null ? null : o.shape(), at);
      check("colour", truth.colour(), o == null ? null : o.colour(), at);
      check("size", truth.size(), o == null ? null : o.size(), at);
      check("changes_to", truth.changesTo(), o == null ? null : o.changesTo(), at);
      if (truth.shape() == Shape.CREATURE) check("expression", truth.expression(), o == null ? null : o.expression(), at);
      MotionKind observedMotion = o == null ? null : o.motion();
      boolean satisfied = o != null && MotionMatch.satisfies(truth.motion().kind(), observedMotion, truth.shape());
      check("motion", truth.motion().kind(), satisfied ? truth.motion().kind() : observedMotion, at);
      if (truth.motion().kind().needsDirection()) {
        check("direction", truth.motion().direction(), o == null ? null : o.direction(), at);
        check("speed", truth.motion().speed(), o == null ? null : o.speed(), at);
      }
    }
  }

  int agreed() {
    return tally.values().stream().mapToInt(a -> a[0]).sum();
  }

  int total() {
    return tally.values().stream().mapToInt(a -> a[1]).sum();
  }

  double rate() {
    return (double) agreed() / total();
  }

  String summary() {
    StringBuilder sb = new StringBuilder(String.format("agreement %.4f (%d/%d), %d objects not observable", rate(), agreed(), total(), skipped));
    tally.forEach((k, v) -> sb.append(String.format("%n  %-12s %.4f (%d/%d)", k, (double) v[0] / v[1], v[0], v[1])));
    return sb.toString();
  }

  private void check(String attribute, Object expected, Object observed, String where) {
    int[] counts = tally.computeIfAbsent(attribute, k -> new int[2]);
    counts[1]++;
    if (java.util.Objects.equals(expected, observed)) {
      counts[0]++;
    } else {
      disagreements.add(attribute + ": expected " + expected + ", read " + observed + " at " + where);
    }
  }

  /** Each true object's observation: the object track closest to its true centroids, or null. */
  static List<ObjectObservation> match(RenderedClip clip, Observation seen) {
    int count = clip.scene().objects().size();
    List<double[]> candidates = new ArrayList<>(); // distance, true index, observed index
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < seen.objects().size(); j++) {
        double d = meanDistance(clip.truth(), i, seen.objects().get(j).track());
        if (d < Double.POSITIVE_INFINITY) candidates.add(new double[] {d, i, j});
      }
    }
    candidates.sort((a, b) -> Double.compare(a[0], b[0]));
    List<ObjectObservation> out = new ArrayList<>();
    for (int i = 0; i < count; i++) out.add(null);
    boolean[] used = new boolean[seen.objects().size()];
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (out.get(i) != null || used[j]) continue;
      out.set(i, seen.objects().get(j));
      used[j] = true;
    }
    return out;
  }

  /** Mean distance in true radii between a track and the object's visible centroids; infinity if far. */
  private static double meanDistance(List<FrameTruth> truth, int object, Track track) {
    double sum = 0;
    int n = 0;
    for (Detection d : track.detections()) {
      ObjectTruth t = truth.get(d.frame()).object(object);
      if (!t.visible()) continue;
      sum += Math.hypot(d.x() - t.centroidX(), d.y() - t.centroidY()) / Math.max(2, t.radius());
      n++;
    }
    double mean = n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    return mean <= 1.0 ? mean : Double.POSITIVE_INFINITY;
  }

  static boolean cameraMoves(Scene scene) {
    return scene.camera() != Camera.STATIC;
  }
}
