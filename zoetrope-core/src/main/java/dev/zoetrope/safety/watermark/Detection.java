package dev.zoetrope.safety.watermark;

/**
 * What the detector found.
 *
 * @param detected the pilot correlation is significant at the configured p-value
 * @param confidence 1 − p-value, where p is the chance that an unmarked video scores this high
 *     anywhere in the scale/offset search (Bonferroni-corrected over every hypothesis tried)
 * @param score the pilot correlation in standard deviations under the no-watermark hypothesis
 * @param payload the decoded payload when its CRC holds, else null
 * @param scale how much the video was scaled relative to when it was marked
 * @param offsetX tile offset found, in marked-video pixels
 * @param offsetY tile offset found, in marked-video pixels
 */
public record Detection(
    boolean detected, double confidence, double score, Payload payload, double scale, int offsetX, int offsetY) {
  public Detection {
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence " + confidence);
  }
}
