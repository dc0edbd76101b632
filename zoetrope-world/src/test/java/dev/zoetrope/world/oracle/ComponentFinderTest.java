package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zoetrope.world.scene.Colour;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentFinderTest {
  @Test
  void separatesObjectsByColourAndPosition() {
    Sketch s = new Sketch(64, 48, 0x8FA3B8)
        .disc(14, 20, 8, Colour.RED)
        .disc(44, 20, 8, Colour.RED)
        .polygon(30, 38, 7, 4, 0.3, Colour.BLUE);
    List<Blob> blobs = ComponentFinder.find(PaletteLabeller.label(s.rgb, 64, 48), 64, 48, 10, 2);
    assertEquals(3, blobs.size());
    assertEquals(2, blobs.stream().filter(b -> PaletteLabeller.colour(b.label()) == Colour.RED).count());
    Blob left = blobs.stream().min((a, b) -> Double.compare(a.centroidX(), b.centroidX())).orElseThrow();
    assertEquals(14, left.centroidX(), 0.3);
    assertEquals(20, left.centroidY(), 0.3);
    assertEquals(Math.PI * 64, left.area(), 12);
  }

  @Test
  void dropsThinFringesAndSpecks() {
    byte[] labels = new byte[20 * 20];
    java.util.Arrays.fill(labels, PaletteLabeller.NONE);
    for (int x = 2; x < 18; x++) labels[5 * 20 + x] = 3; // a one-pixel line: no interior
    labels[15 * 20 + 15] = 4; // a speck
    assertEquals(0, ComponentFinder.find(labels, 20, 20, 3, 1).size());
  }
}
