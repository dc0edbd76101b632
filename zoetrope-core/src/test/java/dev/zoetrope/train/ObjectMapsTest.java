package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Object boxes folded onto the latent grid: the share of each latent position's pixels, over its frames, inside a box. */
class ObjectMapsTest {
  @Test
  void eachLatentPositionGetsTheShareOfItsPixelsAndFramesInABox() {
    int frames = 5, height = 4, width = 4;
    float[] map = new float[frames * height * width];
    map[0] = 1; // frame 0, pixel (0, 0): latent frame 0 alone
    map[(2 * height + 3) * width + 3] = 1; // frame 2, pixel (3, 3): latent frame 1 (frames 1-4)
    for (int frame = 1; frame <= 4; frame++) map[(frame * height) * width + 2] = 1; // pixel (0, 2) in frames 1-4
    float[] latent = ObjectMaps.toLatent(map, frames, height, width, 4, 2);
    float[] expected = {
        0.25f, 0, 0, 0, // latent frame 0: (2x2 cells) one of four pixels
        0, 4 / 16f, 0, 1 / 16f // latent frame 1: one of 16 pixel-frames; four of 16 in the cell at (0, 1)
    };
    assertArrayEquals(expected, latent, 1e-7f);
  }

  @Test
  void aBatchOfMapsFoldsEachMapAsItWouldAlone() {
    float[] one = new float[5 * 4 * 4], two = new float[5 * 4 * 4];
    one[3] = 1;
    two[(3 * 4 + 1) * 4 + 2] = 1;
    float[] both = new float[2 * one.length];
    System.arraycopy(one, 0, both, 0, one.length);
    System.arraycopy(two, 0, both, one.length, two.length);
    float[] folded = ObjectMaps.toLatent(both, 2, 5, 4, 4, 4, 2);
    float[] expected = new float[16];
    System.arraycopy(ObjectMaps.toLatent(one, 5, 4, 4, 4, 2), 0, expected, 0, 8);
    System.arraycopy(ObjectMaps.toLatent(two, 5, 4, 4, 4, 2), 0, expected, 8, 8);
    assertArrayEquals(expected, folded, 0f);
    assertThrows(IllegalArgumentException.class, () -> ObjectMaps.toLatent(both, 3, 5, 4, 4, 4, 2));
  }

  @Test
  void aFullyCoveredClipIsOneEverywhereAndShapesThatDoNotFoldAreRefused() {
    float[] full = new float[9 * 8 * 8];
    java.util.Arrays.fill(full, 1);
    float[] latent = ObjectMaps.toLatent(full, 9, 8, 8, 4, 4);
    assertEquals(3 * 2 * 2, latent.length);
    for (float v : latent) assertEquals(1f, v, 1e-6f);
    assertThrows(IllegalArgumentException.class, () -> ObjectMaps.toLatent(new float[6 * 8 * 8], 6, 8, 8, 4, 4));
    assertThrows(IllegalArgumentException.class, () -> ObjectMaps.toLatent(new float[9 * 8 * 8], 9, 8, 8, 4, 3));
    assertThrows(IllegalArgumentException.class, () -> ObjectMaps.toLatent(new float[10], 9, 8, 8, 4, 4));
  }
}
