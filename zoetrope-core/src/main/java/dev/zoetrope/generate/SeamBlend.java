package dev.zoetrope.generate;

import java.util.List;

/**
 * Hides the autoencoder's reconstruction error where given frames meet new ones. The new frames
 * are decoded from latents while the given frames are the caller's own pixels, so wherever the
 * decoder does not reproduce the scene exactly (a texture, a slight colour shift) the video would
 * jump at the join. The decoded window also holds the decoder's version of the given frame next to
 * the join; their difference is the decoder's error there. It is added to the new frames with a
 * weight falling linearly from 1 (the frame next to the join) to 0 over {@link #FADE} frames, so
 * the first new frame continues the given one and the decoder's own rendering takes over within
 * about a second.
 */
final class SeamBlend {
  /** Frames over which the carried difference fades out. */
  static final int FADE = 8;

  private SeamBlend() {}

  /**
   * Adds {@code given - decodedGiven}, faded, to {@code newFrames} in place. {@code newFrames} is
   * ordered from the join outwards (reverse the list for a join after them); all frames are
   * interleaved RGB bytes of one size.
   */
  static void carry(byte[] given, byte[] decodedGiven, List<byte[]> newFrames, int fade) {
    if (given.length != decodedGiven.length) throw new IllegalArgumentException("frames differ in size");
    if (fade < 1) throw new IllegalArgumentException("fade must be >= 1, got " + fade);
    for (int k = 0; k < Math.min(fade, newFrames.size()); k++) {
      byte[] frame = newFrames.get(k);
      if (frame.length != given.length) throw new IllegalArgumentException("frames differ in size");
      double weight = 1.0 - (double) k / fade;
      for (int i = 0; i < frame.length; i++) {
        int difference = (given[i] & 0xFF) - (decodedGiven[i] & 0xFF);
        long value = Math.round((frame[i] & 0xFF) + weight * difference);
        frame[i] = (byte) Math.max(0, Math.min(255, value));
      }
    }
  }
}
