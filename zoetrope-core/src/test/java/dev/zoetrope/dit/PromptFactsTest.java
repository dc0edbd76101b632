package dev.zoetrope.dit;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptFactsTest {
  /** Where the camera's one-hot group starts: after the count. */
  private static final int CAMERA = PromptFacts.COUNTS;

  @Test
  void cameraMovesTheTextEncoderBarelySeparatesGetTheirOwnPlace() {
    float[] left = PromptFacts.of("a red ball on a tile floor, camera panning left");
    float[] right = PromptFacts.of("a red ball on a tile floor, camera panning right");
    assertEquals(1f, left[CAMERA + Camera.PAN_LEFT.ordinal()]);
    assertEquals(1f, right[CAMERA + Camera.PAN_RIGHT.ordinal()]);
    assertEquals(2, differences(left, right), "only the camera group differs: one value off, one on");
    assertEquals(1f, left[0], "one object");
  }

  @Test
  void objectsFillSlotsInThePromptsOrder() {
    float[] v = PromptFacts.of("a blue box glides slowly to the left while a red ball bounces");
    assertEquals(1f, v[1], "two objects");
    int first = PromptFacts.COUNTS + PromptFacts.SCENE, second = first + PromptFacts.OBJECT;
    assertEquals(1f, v[first + Shape.BOX.ordinal()]);
    assertEquals(1f, v[second + Shape.BALL.ordinal()]);
    assertEquals(0f, v[first + Shape.BALL.ordinal()]);
    int directions = Shape.values().length + 8 + 3 + 3 + 9; // shape, colour, size, expression, motion
    assertEquals(1f, v[first + directions + Direction.LEFT.ordinal()], "the box moves left");
    assertEquals(0f, v[second + directions + Direction.LEFT.ordinal()], "the ball has no direction");
  }

  @Test
  void unreadableOrEmptyPromptsStateNothing() {
    assertArrayEquals(new float[PromptFacts.WIDTH], PromptFacts.of("a cat"));
    assertArrayEquals(new float[PromptFacts.WIDTH], PromptFacts.of(""));
  }

  @Test
  void objectsPastTheLastSlotCountButFillNothing() {
    ObjectFacts star = new ObjectFacts(Shape.STAR, null, null, null, null, null, null, null);
    List<ObjectFacts> five = new ArrayList<>(Collections.nCopies(5, star));
    float[] v = PromptFacts.of(new SceneFacts(five, null, null, null, null));
    assertEquals(1f, v[PromptFacts.COUNTS - 1], "four or more");
    int ones = 0;
    for (float x : v) ones += (int) x;
    assertEquals(1 + PromptFacts.SLOTS, ones, "the count, and a star in each slot");
  }

  @Test
  void theWidthCoversEveryGroup() {
    assertEquals(PromptFacts.COUNTS + PromptFacts.SCENE + PromptFacts.SLOTS * PromptFacts.OBJECT, PromptFacts.WIDTH);
    assertEquals(164, PromptFacts.WIDTH, "a changed width breaks every trained facts projection");
  }

  private static int differences(float[] a, float[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
    return n;
  }
}
