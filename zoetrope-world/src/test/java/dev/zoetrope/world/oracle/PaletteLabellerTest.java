package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.scene.Colour;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaletteLabellerTest {
  @Test
  void everyPaletteColourLabelsAsItself() {
    for (Colour c : Colour.values()) {
      assertEquals(c, PaletteLabeller.colour(PaletteLabeller.label(c.red(), c.green(), c.blue())), c.name());
    }
  }

  @Test
  void greysAndPastelsAreNoObject() {
    for (int v = 0; v < 256; v += 5) {
      assertEquals(PaletteLabeller.NONE, PaletteLabeller.label(v, v, v), "grey " + v);
    }
    assertEquals(PaletteLabeller.NONE, PaletteLabeller.label(170, 190, 205), "pale sky");
    assertEquals(PaletteLabeller.NONE, PaletteLabeller.label(200, 185, 150), "sand");
  }

  @Test
  void shadedPaletteColoursStayTheirColour() {
    for (Colour c : Colour.values()) {
      for (double f : new double[] {0.9, 1.05}) {
        int r = (int) Math.min(255, c.red() * f);
        int g = (int) Math.min(255, c.green() * f);
        int b = (int) Math.min(255, c.blue() * f);
        assertEquals(c, PaletteLabeller.colour(PaletteLabeller.label(r, g, b)), c + " x" + f);
      }
    }
  }

  @Test
  void tableAgreesWithExactNearestColourAwayFromDecisionBoundaries() {
    Random random = new Random(7);
    int agree = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(256);
      int g = random.nextInt(256);
      int b = random.nextInt(256);
      Colour exact = PaletteLabeller.nearest(r, g, b);
      if (exact == PaletteLabeller.colour(PaletteLabeller.label(r, g, b))) agree++;
    }
    // Quantising to 6 bits only moves colours within about 3 units of a boundary.
    assertTrue(agree > 0.98 * n, "agreement " + agree + "/" + n);
  }

  @Test
  void labelsAFrame() {
    byte[] rgb = {(byte) 220, 38, 38, 100, 100, 100};
    byte[] labels = PaletteLabeller.label(rgb, 2, 1);
    assertEquals(Colour.RED.ordinal(), labels[0]);
    assertEquals(PaletteLabeller.NONE, labels[1]);
  }
}
