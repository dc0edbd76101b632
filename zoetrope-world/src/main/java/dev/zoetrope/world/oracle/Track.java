package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One object followed through a clip: its detections in frame order (frames may be missing). */
public final class Track {
  private final int id;
  private final List<Detection> detections = new ArrayList<>();

  Track(int id, Detection first) {
    this.id = id;
    detections.add(first);
  }

  public int id() {
    return id;
  }

  public List<Detection> detections() {
    return Collections.unmodifiableList(detections);
  }

  void add(Detection detection) {
    if (detection.frame() <= last().frame()) throw new IllegalArgumentException("frames out of order");
    detections.add(detection);
  }

  /** Swaps the last detection (the tracker's correction when it finds the blob was shared). */
  void replaceLast(Detection detection) {
    if (detection.frame() != last().frame()) throw new IllegalArgumentException("not the same frame");
    detections.set(detections.size() - 1, detection);
  }

  /** A view of this track without its last detection (for predicting from before it). */
  Track withoutLast() {
    Track copy = new Track(id, detections.get(0));
    for (int i = 1; i < detections.size() - 1; i++) copy.detections.add(detections.get(i));
    return copy;
  }

  public Detection first() {
    return detections.get(0);
  }

  public Detection last() {
    return detections.get(detections.size() - 1);
  }

  /**
   * The latest sighting of the object alone, or the last one if every sighting is shared: a blob
   * shared with another object has the area and outline of both.
   */
  public Detection lastMeasured() {
    for (int i = detections.size() - 1; i >= 0; i--) if (!detections.get(i).estimated()) return detections.get(i);
    return last();
  }

  public int visibleFrames() {
    return detections.size();
  }

  /**
   * Detections fit for judging the object's look: sightings read by a template fit (which stands
   * for the hidden part too), and uncut, measured silhouettes within 20% of the track's typical
   * best compactness (area / radius^2: growing, shrinking and turning keep it; a bite taken out by
   * something in front lowers it). Falls back to whatever is there when nothing qualifies.
   */
  public List<Detection> wholeDetections() {
    List<Detection> candidates = detections.stream().filter(d -> !d.estimated() && (d.fitted() || !d.hidden())).toList();
    if (candidates.isEmpty()) candidates = detections.stream().filter(d -> !d.estimated()).toList();
    if (candidates.isEmpty()) return detections();
    // A cut silhouette no template explains is a guess; whole ones and template fits are not.
    List<Detection> silhouettes = candidates.stream().filter(d -> !d.fitted() && !d.cut()).toList();
    double reference = 0;
    if (!silhouettes.isEmpty()) {
      double[] compactness = silhouettes.stream().mapToDouble(Track::compactness).sorted().toArray();
      reference = compactness[(int) Math.floor(0.9 * (compactness.length - 1))];
    }
    double floor = 0.8 * reference;
    // A fitted sighting is whole by construction: its template stands for the hidden part too.
    List<Detection> whole = candidates.stream().filter(d -> d.fitted() || (!d.cut() && compactness(d) >= floor)).toList();
    return whole.isEmpty() ? candidates : whole;
  }

  static double compactness(Detection d) {
    return d.area() / (d.radius() * d.radius());
  }

  /** The class most whole detections agree on. */
  public Shape shape() {
    return majority(wholeDetections(), Detection::shape, Shape.class);
  }

  /** The colour most detections in the given share of the track (from its start or end) show. */
  public Colour colour(boolean atEnd, double share) {
    int n = Math.max(1, (int) Math.round(detections.size() * share));
    List<Detection> part = atEnd ? detections.subList(detections.size() - n, detections.size()) : detections.subList(0, n);
    return majority(part, Detection::colour, Colour.class);
  }

  static <E extends Enum<E>> E majority(List<Detection> detections, Function<Detection, E> field, Class<E> type) {
    Map<E, Integer> votes = new EnumMap<>(type);
    for (Detection d : detections) votes.merge(field.apply(d), 1, Integer::sum);
    // Ties go to the earliest-declared constant so the answer never depends on iteration order.
    return votes.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue())
            ? Integer.compare(b.getKey().ordinal(), a.getKey().ordinal())
            : Integer.compare(a.getValue(), b.getValue()))
        .orElseThrow()
        .getKey();
  }
}
