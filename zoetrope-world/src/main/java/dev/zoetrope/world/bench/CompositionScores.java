package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.Detection;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.oracle.Track;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What is in the video: colour, class, several objects, counts, relations, expressions (VBench's
 * object class, multiple objects, color and spatial relationship; T2V-CompBench's attribute
 * binding and numeracy), with the oracle as detector.
 */
final class CompositionScores {
  /** color_strict: the colour must hold in this share of the object's sightings. */
  static final double STRICT_SHARE = 0.9;

  private CompositionScores() {}

  static void score(SceneFacts expected, Observation seen, List<ObjectObservation> matched, Scores out) {
    List<Integer> coloured = stated(expected, o -> o.colour() != null);
    out.share(Dimension.COLOR, coloured, i -> matched.get(i) != null && matched.get(i).colour() == expected.objects().get(i).colour());
    out.share(Dimension.COLOR_STRICT, coloured, i -> strictColour(expected.objects().get(i), matched.get(i)));
    List<Integer> classed = stated(expected, o -> o.shape() != null);
    out.share(Dimension.OBJECT_CLASS, classed,
        i -> seen.objects().stream().anyMatch(o -> o.shape() == expected.objects().get(i).shape()));
    if (classed.size() >= 2) out.put(Dimension.MULTIPLE_OBJECTS, Scores.bool(allTogether(expected, seen)));
    if (!classed.isEmpty()) out.put(Dimension.NUMERACY, Scores.bool(countsRight(expected, seen)));
    if (expected.relation() != null && matched.size() >= 2) {
      Relation relation = matched.get(0) == null || matched.get(1) == null ? null : seen.relation(matched.get(0), matched.get(1));
      out.put(Dimension.SPATIAL, Scores.bool(relation != null && horizontal(relation) == horizontal(expected.relation())));
      out.put(Dimension.SPATIAL_STRICT, Scores.bool(relation == expected.relation()));
    }
    List<Integer> faces = stated(expected, o -> o.expression() != null);
    out.share(Dimension.EXPRESSION, faces,
        i -> matched.get(i) != null && matched.get(i).expression() == expected.objects().get(i).expression());
  }

  static List<Integer> stated(SceneFacts expected, java.util.function.Predicate<ObjectFacts> which) {
    return IntStream.range(0, expected.objects().size()).filter(i -> which.test(expected.objects().get(i))).boxed().toList();
  }

  /**
   * Attribute binding held throughout: the object has the stated shape (when stated) and shows
   * the stated colour in nearly every sighting, or, for a stated change, the first colour in the
   * first 30% of the track and the second in the last 30%.
   */
  private static boolean strictColour(ObjectFacts e, ObjectObservation o) {
    if (o == null || (e.shape() != null && o.shape() != e.shape())) return false;
    List<Detection> sightings = o.track().detections().stream().filter(d -> !d.estimated()).toList();
    if (sightings.isEmpty()) return false;
    if (e.changesTo() == null) return share(sightings, e.colour()) >= STRICT_SHARE;
    int n = sightings.size();
    int part = Math.max(1, (int) Math.round(0.3 * n));
    return share(sightings.subList(0, part), e.colour()) >= STRICT_SHARE
        && share(sightings.subList(n - part, n), e.changesTo()) >= STRICT_SHARE;
  }

  private static double share(List<Detection> sightings, Colour colour) {
    return (double) sightings.stream().filter(d -> d.colour() == colour).count() / sightings.size();
  }

  /** Some frame shows, at once, a distinct object of every stated class (with multiplicity). */
  private static boolean allTogether(SceneFacts expected, Observation seen) {
    Map<Shape, Integer> needed = counts(expected.objects().stream().map(ObjectFacts::shape).filter(s -> s != null).toList());
    for (int frame = 0; frame < seen.frames(); frame++) {
      Map<Shape, Integer> present = new EnumMap<>(Shape.class);
      for (ObjectObservation o : seen.objects()) if (visible(o.track(), frame)) present.merge(o.shape(), 1, Integer::sum);
      boolean all = needed.entrySet().stream().allMatch(e -> present.getOrDefault(e.getKey(), 0) >= e.getValue());
      if (all) return true;
    }
    return false;
  }

  /** For every stated class, exactly as many objects of it as stated. */
  private static boolean countsRight(SceneFacts expected, Observation seen) {
    Map<Shape, Integer> needed = counts(expected.objects().stream().map(ObjectFacts::shape).filter(s -> s != null).toList());
    Map<Shape, Integer> found = counts(seen.objects().stream().map(ObjectObservation::shape).toList());
    return needed.entrySet().stream().allMatch(e -> found.getOrDefault(e.getKey(), 0).equals(e.getValue()));
  }

  private static Map<Shape, Integer> counts(List<Shape> shapes) {
    Map<Shape, Integer> counts = new EnumMap<>(Shape.class);
    for (Shape s : shapes) counts.merge(s, 1, Integer::sum);
    return counts;
  }

  private static boolean visible(Track track, int frame) {
    return track.detections().stream().anyMatch(d -> d.frame() == frame);
  }

  private static boolean horizontal(Relation r) {
    return r == Relation.LEFT_OF || r == Relation.RIGHT_OF;
  }
}
