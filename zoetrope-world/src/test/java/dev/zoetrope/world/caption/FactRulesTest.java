package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactRulesTest {
  @Test
  void factsOfRealScenesAreComplete() {
    Random random = new Random(31);
    for (int i = 0; i < 500; i++) {
      SceneFacts f = RandomFacts.facts(random);
      assertEquals(List.of(), FactRules.problems(f));
    }
  }

  @Test
  void eachBrokenRuleIsNamed() {
    ObjectFacts rollUp = new ObjectFacts(Shape.BALL, Colour.RED, Size.SMALL, null, MotionKind.ROLL, Direction.UP, Speed.FAST, null);
    ObjectFacts spinFast = new ObjectFacts(Shape.BOX, Colour.RED, Size.SMALL, null, MotionKind.SPIN, null, Speed.FAST, Colour.RED);
    SceneFacts f = new SceneFacts(List.of(rollUp, spinFast), null, Camera.STATIC, null, null);
    String problems = String.join("; ", FactRules.problems(f));
    assertTrue(problems.contains("ROLL goes left or right"), problems);
    assertTrue(problems.contains("SPIN takes no direction or speed"), problems);
    assertTrue(problems.contains("changes to its own colour"), problems);
    assertTrue(problems.contains("background is missing"), problems);
    SceneFacts lonelyRelation = new SceneFacts(List.of(), Background.SKY, Camera.STATIC, null, Relation.ABOVE);
    assertTrue(String.join(";", FactRules.problems(lonelyRelation)).contains("a relation needs two objects"));
  }

  @Test
  void contradictionsListOnlyStatedFactsThatDiffer() {
    SceneFacts actual = RandomFacts.facts(new Random(32));
    assertEquals(List.of(), FactRules.contradictions(new SceneFacts(List.of(), null, null, null, null), actual));
    assertEquals(List.of(), FactRules.contradictions(actual, actual));
    Background other = actual.background() == Background.SKY ? Background.SAND : Background.SKY;
    SceneFacts wrong = new SceneFacts(actual.objects(), other, null, null, null);
    assertEquals(1, FactRules.contradictions(wrong, actual).size());
  }
}
