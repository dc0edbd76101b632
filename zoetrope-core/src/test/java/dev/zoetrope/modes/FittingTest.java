package dev.zoetrope.modes;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FittingTest {
  @Test
  void sameSizeReturnsTheFrameUntouched() {
    byte[] frame = checkerboard(32, 32, 1);
    assertSame(frame, Fitting.fit(frame, 32, 32, new VideoSize(32, 32)));
  }

  @Test
  void boxShrinkAveragesBlocks() {
    byte[] rgb = new byte[4 * 2 * 3]; // 4x2: left 2x2 block white, right 2x2 black
    for (int y = 0; y < 2; y++) for (int x = 0; x < 2; x++) for (int c = 0; c < 3; c++) rgb[(y * 4 + x) * 3 + c] = (byte) 255;
    byte[] out = Fitting.boxShrink(rgb, 4, 2, 2);
    assertArrayEquals(new byte[] {(byte) 255, (byte) 255, (byte) 255, 0, 0, 0}, out);
  }

  @Test
  void largeShrinksAverageInsteadOfAliasing() {
    // A one-pixel checkerboard shrunk 16x: every output pixel should be mid grey, not black or white.
    byte[] out = Fitting.fit(checkerboard(512, 512, 1), 512, 512, new VideoSize(32, 32));
    for (byte value : out) assertEquals(127.5, value & 0xFF, 2.0);
  }

  @Test
  void coverAndCentreCropKeepsTheMiddle() {
    // 400x100: outer quarters red, middle half green; fitted to 32x32 only the middle 100 columns remain.
    byte[] rgb = new byte[400 * 100 * 3];
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 400; x++) rgb[(y * 400 + x) * 3 + (x >= 100 && x < 300 ? 1 : 0)] = (byte) 255;
    }
    byte[] out = Fitting.fit(rgb, 400, 100, new VideoSize(32, 32));
    for (int i = 0; i < out.length; i += 3) {
      assertEquals(0, out[i] & 0xFF, 1);
      assertEquals(255, out[i + 1] & 0xFF, 1);
    }
  }

  static byte[] checkerboard(int width, int height, int cell) {
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        byte v = ((x / cell + y / cell) % 2 == 0) ? (byte) 255 : 0;
        for (int c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = v;
      }
    }
    return rgb;
  }
}
