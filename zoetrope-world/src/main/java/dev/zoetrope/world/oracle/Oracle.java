package dev.zoetrope.world.oracle;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a video back into facts. Deterministic, pure Java, no learned weights: palette labels,
 * components and shapes per frame; the camera from the background; tracks; then facts per track.
 * Thread-safe (it holds no state), so clips can be read in parallel.
 */
public final class Oracle {
  /** A track must be seen in at least this share of the frames to count as an object. */
  static final double MIN_VISIBLE_SHARE = 0.1;

  public Observation read(Video video) {
    int width = video.width();
    int height = video.height();
    FrameDetector detector = new FrameDetector(width, height);
    List<byte[]> labels = new ArrayList<>();
    List<List<Detection>> detections = new ArrayList<>();
    for (int k = 0; k < video.frameCount(); k++) {
      byte[] frameLabels = PaletteLabeller.label(video.frame(k), width, height);
      labels.add(frameLabels);
      detections.add(detector.detect(k, frameLabels));
    }
    CameraPath camera = video.frameCount() > 1
        ? CameraEstimator.estimate(video, labels)
        : CameraPath.still(width, height, 1);
    List<Track> tracks = Tracker.track(detections);
    TrackReader reader = new TrackReader(camera, video.fps());
    int minVisible = Math.max(1, (int) Math.ceil(MIN_VISIBLE_SHARE * video.frameCount()));
    List<ObjectObservation> objects = tracks.stream()
        .filter(t -> t.visibleFrames() >= minVisible)
        .sorted(Comparator.comparingInt((Track t) -> t.first().frame()).thenComparingDouble(t -> t.first().x()))
        .map(reader::read)
        .toList();
    return new Observation(width, height, video.fps(), detections, tracks, objects, camera, null, null);
  }
}
