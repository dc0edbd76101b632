package dev.zoetrope.world.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Links detections into tracks. Each track predicts its next position from its last velocity; a
 * detection joins the cheapest track within reach, the cost adding the distance to the prediction
 * (in object radii), a colour mismatch and the change of area. A track that loses its object keeps
 * predicting, with a reach growing with the frames missed, so an object that passes behind an
 * occluder is picked up again when it reappears.
 */
public final class Tracker {
  /** Cost of a colour mismatch, in radii: colour changes are gradual, so it is not forbidden. */
  static final double COLOUR_MISMATCH = 1.5;
  static final double SHAPE_MISMATCH = 0.5;
  /** Downward acceleration (pixels per frame squared) beyond centroid jitter: a fall. */
  static final double MIN_FALL = 1.0;

  private final List<Track> tracks = new ArrayList<>();
  private final double span;

  private Tracker(double span) {
    this.span = span;
  }

  /** All tracks of a clip from each frame's detections; {@code span} is the frame's long side. */
  public static List<Track> track(List<List<Detection>> framesOfDetections, double span) {
    Tracker tracker = new Tracker(span);
    for (List<Detection> detections : framesOfDetections) tracker.advance(detections);
    return tracker.tracks.stream().filter(t -> !tracker.fragment(t)).toList();
  }

  /**
   * A piece of another track's object: a shorter track of the same colour, cut wherever it is seen,
   * that overlaps a cut sighting of the other in every frame (bounding circles intersecting). A
   * dark detail that reaches from the frame edge to the occluder (a creature's mouth) can split
   * what is left in view of an object in two.
   */
  private boolean fragment(Track piece) {
    for (Track host : tracks) {
      if (host == piece || host.visibleFrames() <= piece.visibleFrames()) continue;
      boolean inside = true;
      for (Detection d : piece.detections()) {
        Detection h = host.detections().stream().filter(o -> o.frame() == d.frame()).findFirst().orElse(null);
        inside &= h != null && d.cut() && h.cut() && h.colour() == d.colour()
            && Math.hypot(h.x() - d.x(), h.y() - d.y()) <= h.radius() + d.radius();
        if (!inside) break;
      }
      if (inside) return true;
    }
    return false;
  }

  private void advance(List<Detection> detections) {
    List<double[]> candidates = new ArrayList<>(); // cost, track index, detection index
    for (int t = 0; t < tracks.size(); t++) {
      for (int d = 0; d < detections.size(); d++) {
        double cost = cost(tracks.get(t), detections.get(d));
        if (cost < Double.POSITIVE_INFINITY) candidates.add(new double[] {cost, t, d});
      }
    }
    candidates.sort((a, b) -> Double.compare(a[0], b[0]));
    boolean[] trackUsed = new boolean[tracks.size()];
    boolean[] detectionUsed = new boolean[detections.size()];
    for (double[] c : candidates) {
      int t = (int) c[1];
      int d = (int) c[2];
      if (trackUsed[t] || detectionUsed[d]) continue;
      trackUsed[t] = true;
      detectionUsed[d] = true;
      tracks.get(t).add(detections.get(d));
    }
    shareMerged(detections, trackUsed);
    for (int d = 0; d < detections.size(); d++) {
      if (!detectionUsed[d]) tracks.add(new Track(tracks.size(), detections.get(d)));
    }
  }

  /**
   * Two objects of one colour that overlap make one blob. A track left without a detection whose
   * prediction falls inside a blob of its colour, already taken by another track and clearly
   * larger than that track's object, shares it: both get the blob at their own predicted
   * positions, marked as merged, so neither track breaks and neither reads the blob's outline.
   */
  private void shareMerged(List<Detection> detections, boolean[] trackUsed) {
    int frameIndex = detections.isEmpty() ? -1 : detections.get(0).frame();
    for (int t = 0; t < trackUsed.length; t++) {
      Track lost = tracks.get(t);
      if (trackUsed[t] || frameIndex - lost.last().frame() > 2) continue;
      double[] predicted = predict(lost, frameIndex);
      for (int o = 0; o < trackUsed.length; o++) {
        Track owner = tracks.get(o);
        if (o == t || !trackUsed[o] || owner.last().frame() != frameIndex) continue;
        Detection blob = owner.last();
        Detection before = owner.detections().size() >= 2 ? owner.withoutLast().lastMeasured() : null;
        boolean inside = blob.blob().minX() - 1 <= predicted[0] && predicted[0] <= blob.blob().maxX() + 2
            && blob.blob().minY() - 1 <= predicted[1] && predicted[1] <= blob.blob().maxY() + 2;
        boolean grew = before != null && blob.area() >= 1.3 * Math.min(before.area(), lost.lastMeasured().area() + before.area());
        if (blob.colour() != lost.last().colour() || !inside || !grew) continue;
        double[] ownerPrediction = predict(owner.withoutLast(), frameIndex);
        owner.replaceLast(blob.mergedAt(ownerPrediction[0], ownerPrediction[1]));
        lost.add(blob.mergedAt(predicted[0], predicted[1]));
        trackUsed[t] = true;
        break;
      }
    }
  }

  /**
   * Where a track's object should be in {@code frame}: at its last velocity, falling faster by the
   * downward acceleration its last three sightings show (a ball in flight, which may be hidden in
   * another object's blob for a few frames around its apex).
   */
  static double[] predict(Track track, int frame) {
    double[] velocity = velocity(track);
    int gap = frame - track.last().frame();
    double fall = 0.5 * fall(track) * gap * (gap + 1);
    return new double[] {track.last().x() + velocity[0] * gap, track.last().y() + velocity[1] * gap + fall};
  }

  /**
   * Downward acceleration in pixels per frame squared from the last three sightings, when they are
   * consecutive and it is clearly more than centroid jitter; 0 otherwise. Only gravity accelerates
   * anything in the world, and an impact's upward jolt is over in a frame.
   */
  static double fall(Track track) {
    List<Detection> d = track.detections();
    if (d.size() < 3) return 0;
    Detection a = d.get(d.size() - 3);
    Detection b = d.get(d.size() - 2);
    Detection c = d.get(d.size() - 1);
    if (c.frame() - a.frame() != 2 || a.touchesBorder() || b.touchesBorder() || c.touchesBorder()) return 0;
    double acceleration = c.y() - 2 * b.y() + a.y();
    return acceleration >= MIN_FALL ? acceleration : 0;
  }

  /** Matching cost of a detection to a track, or infinity when out of reach. */
  double cost(Track track, Detection detection) {
    Detection last = track.last();
    int gap = detection.frame() - last.frame();
    if (gap <= 0) return Double.POSITIVE_INFINITY;
    double[] predicted = predict(track, detection.frame());
    double predictedX = predicted[0];
    double predictedY = predicted[1];
    double radius = Math.max(2, Math.max(last.radius(), detection.radius()));
    // Fast falls cover several radii a frame (gravity scales with the height, so tall frames fall
    // furthest): allow a stride of a quarter of the long side too.
    double stride = 0.25 * span / radius;
    // Constant velocity usually predicts best, but a bounce reverses it: take the better of that
    // and "stayed put".
    double distance = Math.min(
        Math.hypot(detection.x() - predictedX, detection.y() - predictedY),
        Math.hypot(detection.x() - last.x(), detection.y() - last.y())) / radius;
    // Reach: two radii per frame step, widening while the object is hidden.
    double reach = Math.max(2, stride) + 0.5 * (gap - 1);
    if (distance > reach) return Double.POSITIVE_INFINITY;
    // Area and class are compared with the object's own last sighting, not a blob it shared.
    Detection measured = track.lastMeasured();
    double cost = distance + Math.abs(Math.log(detection.area() / measured.area()));
    if (detection.colour() != last.colour()) cost += COLOUR_MISMATCH;
    if (detection.shape() != measured.shape()) cost += SHAPE_MISMATCH;
    return cost + 0.2 * (gap - 1);
  }

  /** Pixels per frame from the last two detections (zero for a new track). */
  static double[] velocity(Track track) {
    List<Detection> d = track.detections();
    if (d.size() < 2) return new double[] {0, 0};
    Detection a = d.get(d.size() - 2);
    Detection b = d.get(d.size() - 1);
    if (a.touchesBorder() != b.touchesBorder()) return new double[] {0, 0};
    int frames = b.frame() - a.frame();
    return new double[] {(b.x() - a.x()) / frames, (b.y() - a.y()) / frames};
  }
}
