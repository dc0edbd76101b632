package dev.zoetrope.data;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ResamplerTest {
  private static byte[] image(int width, int height, java.util.function.IntBinaryOperator rgbAt) {
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int c = rgbAt.applyAsInt(x, y);
        rgb[(y * width + x) * 3] = (byte) (c >> 16);
        rgb[(y * width + x) * 3 + 1] = (byte) (c >> 8);
        rgb[(y * width + x) * 3 + 2] = (byte) c;
      }
    }
    return rgb;
  }

  @Test
  void uniformStaysUniformAndSizeIsExact() {
    byte[] out = Resampler.coverCrop(image(333, 177, (x, y) -> 0x336699), 333, 177, 224, 128);
    assertEquals(224 * 128 * 3, out.length);
    for (int i = 0; i < out.length; i += 3) {
      assertEquals(0x33, out[i] & 255);
      assertEquals(0x66, out[i + 1] & 255);
      assertEquals(0x99, out[i + 2] & 255);
    }
  }

  @Test
  void downscalingAveragesFineDetail() {
    byte[] checker = image(256, 256, (x, y) -> ((x + y) % 2 == 0) ? 0xFFFFFF : 0x000000);
    byte[] out = Resampler.coverCrop(checker, 256, 256, 64, 64);
    for (int i = 0; i < out.length; i++) assertEquals(127.5, out[i] & 255, 3, "no aliasing at " + i);
  }

  @Test
  void cropsTheCentreOfAWideFrame() {
    // A 384x128 frame: left third red, middle third green, right third blue; a square crop is all green.
    byte[] wide = image(384, 128, (x, y) -> x < 128 ? 0xFF0000 : x < 256 ? 0x00FF00 : 0x0000FF);
    byte[] out = Resampler.coverCrop(wide, 384, 128, 128, 128);
    for (int y = 0; y < 128; y++) {
      for (int x = 2; x < 126; x++) assertEquals(255, out[(y * 128 + x) * 3 + 1] & 255, "green at " + x + "," + y);
    }
  }
}
