package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a video back into facts. Deterministic, pure Java, no learned weights beyond the surface
 * colour statistics calibrated from the renderer: palette labels; the background and any occluder
 * band; components and shapes per frame (pieces split by the occluder merged); the camera from the
 * background; tracks; then facts per track. Holds no per-video state, so clips can be read in
 * parallel.
 */
public final class Oracle {
  /** A track must be seen in at least this share of the frames to count as an object. */
  static final double MIN_VISIBLE_SHARE = 0.1;
  /**
   * The occluder must be seen in at least this share of the frames where it could be found to be
   * reported.
   */
  static final double OCCLUDER_SHARE = 0.5;

  private final SurfaceReader surfaces;

  public Oracle() {
    this(SurfaceModel.standard());
  }

  public Oracle(SurfaceModel model) {
    this.surfaces = new SurfaceReader(model);
  }

  public Observation read(Video video) {
    int width = video.width();
    int height = video.height();
    int frames = video.frameCount();
    List<byte[]> labels = new ArrayList<>(frames);
    for (int k = 0; k < frames; k++) labels.add(PaletteLabeller.label(video.frame(k), width, height));
    Background background = background(video, labels);
    List<SurfaceReader.Band> bands = new ArrayList<>(frames);
    for (int k = 0; k < frames; k++) bands.add(surfaces.band(video.frame(k), labels.get(k), width, height, background));
    OccluderKind occluder = occluder(bands, width);
    if (occluder != null) fillBands(bands, occluder);
    FrameDetector detector = new FrameDetector(width, height);
    List<List<Detection>> detections = new ArrayList<>(frames);
    for (int k = 0; k < frames; k++) {
      SurfaceReader.Band band = bands.get(k);
      boolean[] hiding = occluder == null || band == null || band.kind() != occluder ? null
          : surfaces.occluderMask(video.frame(k), labels.get(k), width, height, background, band);
      detections.add(detector.detect(k, labels.get(k), hiding));
    }
    List<boolean[]> objectMasks = new ArrayList<>(frames);
    for (int k = 0; k < frames; k++) objectMasks.add(FrameDetector.objectMask(labels.get(k), detections.get(k), width));
    CameraPath camera = frames > 1 ? CameraEstimator.estimate(video, objectMasks) : CameraPath.still(width, height, video.fps(), 1);
    List<Track> tracks = Tracker.track(detections, Math.max(width, height));
    TrackReader reader = new TrackReader(camera, video.fps());
    int minVisible = Math.max(1, (int) Math.ceil(MIN_VISIBLE_SHARE * frames));
    List<ObjectObservation> objects = tracks.stream()
        .filter(t -> t.visibleFrames() >= minVisible)
        .sorted(Comparator.comparingInt((Track t) -> t.first().frame()).thenComparingDouble(t -> t.first().x()))
        .map(reader::read)
        .toList();
    return new Observation(width, height, video.fps(), detections, tracks, objects, camera, background, occluder, bands);
  }

  /** The background of the first, middle and last frames together. */
  private Background background(Video video, List<byte[]> labels) {
    int frames = video.frameCount();
    Map<Background, Integer> votes = new EnumMap<>(Background.class);
    for (int k : new int[] {0, frames / 2, frames - 1}) {
      Background b = surfaces.background(video.frame(k), labels.get(k), 3);
      if (b != null) votes.merge(b, 1, Integer::sum);
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * Frames where the occluder's band was not found (an object in front of most of its columns)
   * take it from the nearest frames that found it, interpolated: the occluder moves only with the
   * camera, smoothly.
   */
  static void fillBands(List<SurfaceReader.Band> bands, OccluderKind kind) {
    int n = bands.size();
    for (int k = 0; k < n; k++) {
      if (bands.get(k) != null && bands.get(k).kind() == kind) continue;
      int before = k - 1;
      while (before >= 0 && (bands.get(before) == null || bands.get(before).kind() != kind)) before--;
      int after = k + 1;
      while (after < n && (bands.get(after) == null || bands.get(after).kind() != kind)) after++;
      SurfaceReader.Band a = before >= 0 ? bands.get(before) : null;
      SurfaceReader.Band b = after < n ? bands.get(after) : null;
      if (a == null && b == null) continue;
      if (a == null || b == null) {
        bands.set(k, a == null ? b : a);
        continue;
      }
      double f = (double) (k - before) / (after - before);
      bands.set(k, new SurfaceReader.Band(kind,
          (int) Math.round(a.x0() + f * (b.x0() - a.x0())), (int) Math.round(a.x1() + f * (b.x1() - a.x1()))));
    }
  }

  /**
   * The occluder kind seen in most frames, if it is seen in enough of the frames where it could be
   * found. A frame without its band does not count against it when the band seen nearest before or
   * after had narrowed to a sliver, too narrow to be found reliably, from a band seen wider (a long
   * zoom out shrinks a wall to a sliver, a zoom in grows one from it). A band seen only as a sliver
   * gets no such allowance.
   */
  static OccluderKind occluder(List<SurfaceReader.Band> bands, int width) {
    Map<OccluderKind, Integer> votes = new EnumMap<>(OccluderKind.class);
    for (SurfaceReader.Band band : bands) if (band != null) votes.merge(band.kind(), 1, Integer::sum);
    return votes.entrySet().stream()
        .filter(e -> e.getValue() >= OCCLUDER_SHARE * findable(bands, e.getKey(), width))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Frames where a band of this kind shows, or where the nearest one shown had narrowed to a sliver. */
  private static int findable(List<SurfaceReader.Band> bands, OccluderKind kind, int width) {
    int widest = 0;
    for (SurfaceReader.Band band : bands) if (band != null && band.kind() == kind) widest = Math.max(widest, band.x1() - band.x0());
    double sliver = Math.min(2 * SurfaceReader.MIN_BAND * width, 0.6 * widest);
    int n = bands.size();
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (bands.get(k) != null && bands.get(k).kind() == kind) {
        count++;
        continue;
      }
      SurfaceReader.Band before = nearest(bands, kind, k, -1);
      SurfaceReader.Band after = nearest(bands, kind, k, 1);
      boolean lostToNarrowing = (before != null && before.x1() - before.x0() < sliver)
          || (after != null && after.x1() - after.x0() < sliver);
      if (!lostToNarrowing) count++;
    }
    return count;
  }

  private static SurfaceReader.Band nearest(List<SurfaceReader.Band> bands, OccluderKind kind, int from, int direction) {
    for (int k = from + direction; k >= 0 && k < bands.size(); k += direction) {
      if (bands.get(k) != null && bands.get(k).kind() == kind) return bands.get(k);
    }
    return null;
  }
}
