package dev.zoetrope.modes;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.config.ModelConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeGridTest {
  private final SizeGrid grid = SizeGrid.of(ModelConfig.standard());

  @Test
  void stepIsTheAutoencoderStrideTimesThePatch() {
    assertEquals(16, grid.step());
    assertEquals(512, grid.maxSide());
    assertEquals(256, grid.inputSide());
  }

  @Test
  void acceptsTheTrainedSizesAndAnyMultiple() {
    for (String size : List.of("128x128", "224x128", "128x224", "16x16", "512x512", "48x32")) {
      VideoSize parsed = VideoSize.parse(size);
      assertSame(parsed, grid.check(parsed), size);
    }
  }

  @Test
  void rejectsOffGridSizesListingValidSizesNearby() {
    var error = assertThrows(IllegalArgumentException.class, () -> grid.check(new VideoSize(130, 100)));
    assertEquals("size 130x100 is not one this model makes: both sides must be multiples of 16 from 16 to 512;"
        + " valid sizes nearby: 128x96, 128x112, 144x96, 144x112", error.getMessage());
    assertEquals(List.of(new VideoSize(512, 128)), grid.nearby(new VideoSize(600, 128)));
    assertEquals(List.of(new VideoSize(16, 16)), grid.nearby(new VideoSize(4, 8)));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> grid.check(new VideoSize(1024, 512))).getMessage()
        .contains("valid sizes nearby: 512x512"));
  }

  @Test
  void parsesSizesAndNamesBadOnes() {
    assertEquals(new VideoSize(224, 128), VideoSize.parse(" 224X128 "));
    for (String bad : new String[] {"12by4", "128", "0x128", "-16x16", "x", "", "1.5x2"}) {
      var error = assertThrows(IllegalArgumentException.class, () -> VideoSize.parse(bad), bad);
      assertTrue(error.getMessage().contains("'" + bad + "'"), error.getMessage());
    }
  }

  @Test
  void inputsKeepTheirSizeOnTheGridAndAreFittedOtherwise() {
    assertEquals(new VideoSize(128, 128), grid.forInput(128, 128));
    assertEquals(new VideoSize(224, 128), grid.forInput(224, 128));
    assertEquals(new VideoSize(96, 80), grid.forInput(100, 75), "rounded to the nearest step");
    assertEquals(new VideoSize(256, 144), grid.forInput(1920, 1080), "scaled down to 256 on the long side, aspect kept");
    assertEquals(new VideoSize(256, 256), grid.forInput(512, 512), "on the grid but larger than inputs keep");
    assertEquals(new VideoSize(16, 16), grid.forInput(3, 3), "never below one step");
    assertEquals(new VideoSize(256, 16), grid.forInput(4000, 10));
  }
}
