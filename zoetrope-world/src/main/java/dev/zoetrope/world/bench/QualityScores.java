package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.CameraPath;
import dev.zoetrope.world.oracle.Detection;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.oracle.ShapeFeatures;
import dev.zoetrope.world.oracle.Track;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * Visual quality over time (VBench's subject and background consistency, temporal flicker and
 * motion smoothness). The consistency formula is VBench's, S = 1/(T-1) sum_t (cos(d_1, d_t) +
 * cos(d_{t-1}, d_t)) / 2, with oracle descriptors in place of DINO (subject) and CLIP (background)
 * features; flicker is VBench's (255 - MAE) / 255 on background pixels after undoing the camera;
 * smoothness replaces the frame-interpolation network with the tracks' own midpoints.
 */
final class QualityScores {
  private QualityScores() {}

  static void score(Video video, Observation seen, List<ObjectObservation> matched, List<boolean[]> objectMasks, Scores out) {
    List<Track> subjects = subjects(seen, matched);
    out.put(Dimension.SUBJECT_CONSISTENCY, subjectConsistency(subjects));
    out.put(Dimension.BACKGROUND_CONSISTENCY, backgroundConsistency(video, objectMasks));
    if (video.frameCount() >= 2) out.put(Dimension.TEMPORAL_FLICKER, flicker(video, seen.camera(), objectMasks));
    out.put(Dimension.MOTION_SMOOTHNESS, smoothness(subjects, seen));
  }

  /** The matched objects' tracks, or every object's when the prompt's objects were not found. */
  private static List<Track> subjects(Observation seen, List<ObjectObservation> matched) {
    List<Track> tracks = matched.stream().filter(o -> o != null).map(ObjectObservation::track).toList();
    return tracks.isEmpty() ? seen.objects().stream().map(ObjectObservation::track).toList() : tracks;
  }

  /** VBench's consistency of a sequence of descriptors (each L2-normalised here). */
  static double consistency(List<double[]> descriptors) {
    if (descriptors.size() < 2) return descriptors.isEmpty() ? 0 : 1;
    double sum = 0;
    for (int t = 1; t < descriptors.size(); t++) {
      sum += 0.5 * (cosine(descriptors.get(0), descriptors.get(t)) + cosine(descriptors.get(t - 1), descriptors.get(t)));
    }
    return sum / (descriptors.size() - 1);
  }

  private static double subjectConsistency(List<Track> subjects) {
    if (subjects.isEmpty()) return 0;
    double sum = 0;
    for (Track track : subjects) {
      List<double[]> descriptors = new ArrayList<>();
      for (Detection d : track.wholeDetections()) descriptors.add(descriptor(d));
      sum += consistency(descriptors);
    }
    return sum / subjects.size();
  }

  /** Colour and class (one-hot) and four outline measures of one sighting. */
  static double[] descriptor(Detection d) {
    double[] v = new double[8 + 6 + 4];
    v[d.colour().ordinal()] = 1;
    v[8 + d.shape().ordinal()] = 1;
    ShapeFeatures f = d.features();
    v[14] = f.fillRatio();
    v[15] = f.circularity();
    v[16] = f.solidity();
    v[17] = f.holeFraction();
    return v;
  }

  private static double backgroundConsistency(Video video, List<boolean[]> objectMasks) {
    List<double[]> histograms = new ArrayList<>();
    for (int k = 0; k < video.frameCount(); k++) histograms.add(backgroundHistogram(video.frame(k), objectMasks.get(k)));
    return consistency(histograms);
  }

  /** Colour histogram (3 bits per channel) of the pixels no object covers. */
  static double[] backgroundHistogram(byte[] rgb, boolean[] objects) {
    double[] histogram = new double[512];
    for (int p = 0; p < objects.length; p++) {
      if (objects[p]) continue;
      int bin = ((rgb[3 * p] & 255) >> 5) << 6 | ((rgb[3 * p + 1] & 255) >> 5) << 3 | ((rgb[3 * p + 2] & 255) >> 5);
      histogram[bin]++;
    }
    return histogram;
  }

  /**
   * Mean over consecutive frames of (255 - MAE) / 255, the MAE taken over background pixels of
   * frame t against frame t+1 sampled where the camera moved them.
   */
  static double flicker(Video video, CameraPath camera, List<boolean[]> objectMasks) {
    int width = video.width();
    int height = video.height();
    double total = 0;
    int pairs = 0;
    for (int t = 0; t + 1 < video.frameCount(); t++) {
      double s = camera.scale()[t + 1] / camera.scale()[t];
      double dx = camera.shiftX()[t + 1] - s * camera.shiftX()[t];
      double dy = camera.shiftY()[t + 1] - s * camera.shiftY()[t];
      byte[] a = video.frame(t);
      byte[] b = video.frame(t + 1);
      double error = 0;
      int count = 0;
      for (int y = 2; y < height - 2; y += 2) {
        for (int x = 2; x < width - 2; x += 2) {
          if (near(objectMasks.get(t), width, height, x, y)) continue;
          double wx = width / 2.0 + s * (x + 0.5 - width / 2.0) + dx - 0.5;
          double wy = height / 2.0 + s * (y + 0.5 - height / 2.0) + dy - 0.5;
          if (wx < 0 || wy < 0 || wx >= width - 1 || wy >= height - 1) continue;
          if (near(objectMasks.get(t + 1), width, height, (int) Math.round(wx), (int) Math.round(wy))) continue;
          for (int c = 0; c < 3; c++) error += Math.abs((a[3 * (y * width + x) + c] & 255) - sample(b, width, wx, wy, c));
          count += 3;
        }
      }
      if (count == 0) continue;
      total += (255 - error / count) / 255;
      pairs++;
    }
    return pairs == 0 ? 1 : total / pairs;
  }

  /**
   * 1 minus the mean distance (in short sides, capped at 1) between each sighting and the midpoint
   * of its neighbours, in world coordinates: jitter and teleporting cost, steady motion does not.
   */
  private static double smoothness(List<Track> subjects, Observation seen) {
    if (subjects.isEmpty()) return 0;
    CameraPath camera = seen.camera();
    double unit = Math.min(seen.width(), seen.height());
    double sum = 0;
    int count = 0;
    for (Track track : subjects) {
      List<Detection> d = track.detections().stream().filter(x -> !x.estimated() && !x.touchesBorder()).toList();
      for (int i = 1; i + 1 < d.size(); i++) {
        Detection a = d.get(i - 1);
        Detection b = d.get(i);
        Detection c = d.get(i + 1);
        if (b.frame() - a.frame() != 1 || c.frame() - b.frame() != 1) continue;
        double mx = (camera.worldX(a.frame(), a.x()) + camera.worldX(c.frame(), c.x())) / 2;
        double my = (camera.worldY(a.frame(), a.y()) + camera.worldY(c.frame(), c.y())) / 2;
        double e = Math.hypot(camera.worldX(b.frame(), b.x()) - mx, camera.worldY(b.frame(), b.y()) - my) / unit;
        sum += Math.min(1, e);
        count++;
      }
    }
    return count == 0 ? 1 : 1 - sum / count;
  }

  private static boolean near(boolean[] mask, int width, int height, int x, int y) {
    for (int ny = Math.max(0, y - 2); ny <= Math.min(height - 1, y + 2); ny++) {
      for (int nx = Math.max(0, x - 2); nx <= Math.min(width - 1, x + 2); nx++) {
        if (mask[ny * width + nx]) return true;
      }
    }
    return false;
  }

  private static double sample(byte[] rgb, int width, double x, double y, int channel) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    int p = y0 * width + x0;
    double top = (1 - fx) * (rgb[3 * p + channel] & 255) + fx * (rgb[3 * (p + 1) + channel] & 255);
    double bottom = (1 - fx) * (rgb[3 * (p + width) + channel] & 255) + fx * (rgb[3 * (p + width + 1) + channel] & 255);
    return (1 - fy) * top + fy * bottom;
  }

  static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
