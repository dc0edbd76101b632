package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.Detection;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.video.Video;
import java.util.List;
import java.util.Optional;

/**
 * Conditioned modes: how faithfully image-to-video keeps its image (PSNR of the first frame), and
 * how seamlessly extend and connect join the given frames to the new ones.
 */
final class ConditioningScores {
  /** PSNR of identical frames is infinite; reports cap it here. */
  static final double PSNR_CAP = 60;
  /** Background colour histograms either side of a seam must be at least this similar. */
  static final double SEAM_BACKGROUND = 0.9;

  private ConditioningScores() {}

  static void score(EntryClip clip, Observation seen, List<boolean[]> objectMasks, Scores out) {
    Video output = clip.output();
    if (clip.entry().mode() == Mode.I2V) {
      Video image = clip.inputs().get(0);
      if (image.width() == output.width() && image.height() == output.height()) {
        out.put(Dimension.FIRST_FRAME_PSNR, psnr(image.frame(0), output.frame(0)));
      } else {
        out.put(Dimension.FIRST_FRAME_PSNR, 0);
      }
    }
    List<Integer> seams = clip.seams().stream().filter(s -> s > 0 && s < output.frameCount()).toList();
    if (!seams.isEmpty()) {
      double sum = 0;
      for (int seam : seams) sum += seam(output, seen, objectMasks, seam);
      out.put(Dimension.SEAM_CONTINUITY, sum / seams.size());
    }
  }

  /** 10 log10(255^2 / MSE) over all channels, capped. */
  static double psnr(byte[] a, byte[] b) {
    double squares = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (a[i] & 255) - (b[i] & 255);
      squares += d * d;
    }
    double mse = squares / a.length;
    return mse == 0 ? PSNR_CAP : Math.min(PSNR_CAP, 10 * Math.log10(255.0 * 255.0 / mse));
  }

  /**
   * Continuity at the join before frame {@code seam}: the share of objects seen just before it
   * that carry on where their motion (or standing still) predicts, within max(3 px, 0.75 radius,
   * 0.6 stride) and in the same colour, given the background either side looks alike; 0 when it
   * does not.
   */
  static double seam(Video video, Observation seen, List<boolean[]> objectMasks, int seam) {
    double background = QualityScores.cosine(
        QualityScores.backgroundHistogram(video.frame(seam - 1), objectMasks.get(seam - 1)),
        QualityScores.backgroundHistogram(video.frame(seam), objectMasks.get(seam)));
    if (background < SEAM_BACKGROUND) return 0;
    int alive = 0;
    int carried = 0;
    for (ObjectObservation o : seen.objects()) {
      Optional<Detection> before = at(o, seam - 1);
      if (before.isEmpty()) continue;
      alive++;
      Optional<Detection> earlier = at(o, seam - 2);
      double px = before.get().x() + earlier.map(e -> before.get().x() - e.x()).orElse(0.0);
      double py = before.get().y() + earlier.map(e -> before.get().y() - e.y()).orElse(0.0);
      // One frame of grace: mid colour change an object can be between palette colours.
      Optional<Detection> after = at(o, seam).or(() -> at(o, seam + 1));
      if (after.isEmpty()) continue;
      // A bounce can turn the motion round at the seam: staying put is a prediction too, and fast
      // objects get a tolerance in step with their stride.
      double stride = earlier.map(e -> Math.hypot(before.get().x() - e.x(), before.get().y() - e.y())).orElse(0.0);
      double tolerance = Math.max(3, Math.max(0.75 * before.get().radius(), 0.6 * stride));
      double miss = Math.min(Math.hypot(after.get().x() - px, after.get().y() - py),
          Math.hypot(after.get().x() - before.get().x(), after.get().y() - before.get().y()));
      boolean sameLook = after.get().colour() == before.get().colour() || o.changesTo() == after.get().colour();
      if (miss <= tolerance * (after.get().frame() - seam + 1) && sameLook) carried++;
    }
    return alive == 0 ? 1 : (double) carried / alive;
  }

  private static Optional<Detection> at(ObjectObservation o, int frame) {
    return o.track().detections().stream().filter(d -> d.frame() == frame && !d.estimated()).findFirst();
  }
}
