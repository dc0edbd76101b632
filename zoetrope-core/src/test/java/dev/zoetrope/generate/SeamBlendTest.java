package dev.zoetrope.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeamBlendTest {
  private static byte[] frame(int value) {
    byte[] f = new byte[6];
    Arrays.fill(f, (byte) value);
    return f;
  }

  private static List<byte[]> frames(int count, int value) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) out.add(frame(value));
    return out;
  }

  @Test
  void theDecodersErrorOnTheGivenFrameIsCarriedAndFadesOut() {
    List<byte[]> next = frames(6, 100);
    SeamBlend.carry(frame(120), frame(100), next, 4); // the decoder drew the given frame 20 too dark
    assertArrayEquals(frame(120), next.get(0), "the first new frame continues the given one");
    assertArrayEquals(frame(115), next.get(1));
    assertArrayEquals(frame(110), next.get(2));
    assertArrayEquals(frame(105), next.get(3));
    assertArrayEquals(frame(100), next.get(4), "past the fade the decoder's frames are untouched");
    assertArrayEquals(frame(100), next.get(5));
  }

  @Test
  void aPerfectDecoderChangesNothingAndValuesStayInRange() {
    List<byte[]> same = frames(3, 77);
    SeamBlend.carry(frame(50), frame(50), same, 8);
    for (byte[] f : same) assertArrayEquals(frame(77), f);

    List<byte[]> bright = frames(2, 250);
    SeamBlend.carry(frame(255), frame(200), bright, 8);
    assertArrayEquals(frame(255), bright.get(0), "clamped to 255");
    List<byte[]> dark = frames(2, 5);
    SeamBlend.carry(frame(0), frame(60), dark, 8);
    assertArrayEquals(frame(0), dark.get(0), "clamped to 0");
  }

  @Test
  void framesOfAnotherSizeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SeamBlend.carry(frame(1), new byte[3], frames(1, 0), 8));
    assertThrows(IllegalArgumentException.class, () -> SeamBlend.carry(frame(1), frame(1), List.of(new byte[3]), 8));
  }
}
