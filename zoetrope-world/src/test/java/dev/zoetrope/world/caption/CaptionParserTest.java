package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionParserTest {
  private static ObjectFacts object(Shape shape, Colour colour, Size size, Expression expression, MotionKind motion,
      Direction direction, Speed speed, Colour changesTo) {
    return new ObjectFacts(shape, colour, size, expression, motion, direction, speed, changesTo);
  }

  @Test
  void aFullCaptionGivesEveryFact() {
    SceneFacts f = CaptionParser.parse(
        "The video shows two objects on a grassy field. A small smiling green creature enters the frame from the "
            + "top left quickly. A big cyan hoop spins in place, gradually turning pink. The green creature is above "
            + "the hoop. A tree stands in the foreground. The camera pans left.");
    assertEquals(
        new SceneFacts(
            List.of(
                object(Shape.CREATURE, Colour.GREEN, Size.SMALL, Expression.SMILE, MotionKind.ENTER,
                    Direction.DOWN_RIGHT, Speed.FAST, null),
                object(Shape.RING, Colour.CYAN, Size.LARGE, null, MotionKind.SPIN, null, null, Colour.PINK)),
            Background.GRASS, Camera.PAN_LEFT, OccluderKind.TREE, Relation.ABOVE),
        f);
  }

  @Test
  void unstatedFactsStayNull() {
    SceneFacts f = CaptionParser.parse("a red ball");
    assertEquals(List.of(object(Shape.BALL, Colour.RED, null, null, null, null, null, null)), f.objects());
    assertNull(f.background());
    assertNull(f.camera());
    assertNull(f.occluder());
    assertNull(f.relation());
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    SceneFacts plain = CaptionParser.parse("a red ball rolls left quickly on grass");
    assertEquals(plain, CaptionParser.parse("A RED Ball... rolls LEFT, quickly -- on GRASS!!"));
    assertEquals(plain, CaptionParser.parse("  a   red\tball\nrolls left quickly on grass  "));
  }

  @Test
  void numeralsAndPluralsMakeSeveralObjects() {
    SceneFacts f = CaptionParser.parse("two red balls bounce on the beach");
    assertEquals(2, f.objects().size());
    for (ObjectFacts o : f.objects()) {
      assertEquals(object(Shape.BALL, Colour.RED, null, null, MotionKind.BOUNCE, null, null, null), o);
    }
    assertEquals(3, CaptionParser.parse("3 small boxes").objects().size());
    assertEquals(2, CaptionParser.parse("a pair of stars").objects().size());
    assertEquals(3, CaptionParser.parse("five balls and a box").objects().size(), "the world holds three objects");
  }

  @Test
  void elidedNounsAreShared() {
    List<ObjectFacts> two = CaptionParser.parse("a red and a blue ball").objects();
    assertEquals(List.of(Colour.RED, Colour.BLUE), two.stream().map(ObjectFacts::colour).toList());
    assertEquals(List.of(Shape.BALL, Shape.BALL), two.stream().map(ObjectFacts::shape).toList());
    List<ObjectFacts> plural = CaptionParser.parse("red and blue balls rolling to the right").objects();
    assertEquals(2, plural.size());
    assertEquals(Colour.BLUE, plural.get(1).colour());
    assertEquals(MotionKind.ROLL, plural.get(0).motion(), "the verb describes both balls");
    assertEquals(List.of(Size.LARGE, Size.SMALL),
        CaptionParser.parse("a big and a small box").objects().stream().map(ObjectFacts::size).toList());
    assertEquals(1, CaptionParser.parse("a large and red ball").objects().size(), "two adjectives, one ball");
  }

  @Test
  void oneAfterAGroupPicksAMember() {
    List<ObjectFacts> balls = CaptionParser.parse("Two balls: one red, one blue.").objects();
    assertEquals(2, balls.size());
    assertEquals(Colour.RED, balls.get(0).colour());
    assertEquals(Colour.BLUE, balls.get(1).colour());
    List<ObjectFacts> creatures = CaptionParser.parse("two creatures, one smiling and one frowning").objects();
    assertEquals(Expression.SMILE, creatures.get(0).expression());
    assertEquals(Expression.FROWN, creatures.get(1).expression());
  }

  @Test
  void positionsAreNotMotionsButOppositeOnesMakeARelation() {
    SceneFacts f = CaptionParser.parse("a red ball on the left moves right and a blue box on the right");
    assertEquals(Direction.RIGHT, f.objects().get(0).direction());
    assertEquals(Relation.LEFT_OF, f.relation());
    assertEquals(Relation.BELOW, CaptionParser.parse("a star at the bottom, a ring at the top").relation());
    assertNull(CaptionParser.parse("a star on the left, a ring on the left").relation());
  }

  @Test
  void fallingThenBouncingIsABounce() {
    assertEquals(MotionKind.BOUNCE, CaptionParser.parse("a ball falls and bounces").objects().get(0).motion());
    ObjectFacts then = CaptionParser.parse("a ball falls, then bounces on the sand").objects().get(0);
    assertEquals(MotionKind.BOUNCE, then.motion());
    assertNull(then.direction());
    assertEquals(Direction.DOWN, CaptionParser.parse("three stars falling quickly").objects().get(2).direction());
  }

  @Test
  void itCanBeTheOtherSideOfARelation() {
    assertEquals(Relation.BELOW,
        CaptionParser.parse("a small yellow box slides right and a large pink ring floats above it").relation());
  }

  @Test
  void coordinatedObjectsKeepTheirOwnVerbs() {
    SceneFacts f = CaptionParser.parse("a red ball and a blue box spinning");
    assertNull(f.objects().get(0).motion(), "-ing after the box describes the box only");
    assertEquals(MotionKind.SPIN, f.objects().get(1).motion());
    SceneFacts both = CaptionParser.parse("a red ball and a blue box spin");
    assertEquals(MotionKind.SPIN, both.objects().get(0).motion(), "a plural verb describes both");
    assertEquals(MotionKind.SPIN, both.objects().get(1).motion());
    SceneFacts each = CaptionParser.parse("a red ball bounces and a blue box shrinks");
    assertEquals(MotionKind.BOUNCE, each.objects().get(0).motion());
    assertEquals(MotionKind.SHRINK, each.objects().get(1).motion());
  }

  @Test
  void relationsAreBetweenTheFirstTwoObjectsWhicheverWayTheyAreSaid() {
    assertEquals(Relation.LEFT_OF, CaptionParser.parse("a red ball to the left of a blue box").relation());
    assertEquals(Relation.LEFT_OF, CaptionParser.parse("a red ball and a blue box. the box is right of the ball").relation());
    assertEquals(Relation.BELOW, CaptionParser.parse("a red ball and a blue box. Above the ball is the box.").relation());
    SceneFacts split = CaptionParser.parse("a yellow hoop sliding down left of a yellow star");
    assertEquals(Direction.DOWN, split.objects().get(0).direction(), "'down left of' is not a diagonal");
    assertEquals(Relation.LEFT_OF, split.relation());
    assertNull(CaptionParser.parse("a red ball, a blue box and a star. the star is above the ball.").relation(),
        "a relation with the third object is not the scene's relation");
  }

  @Test
  void referencesFindTheObjectAlreadyNamed() {
    SceneFacts f = CaptionParser.parse(
        "a large red ball and a small red ball. the small ball rolls left slowly. the first ball spins.");
    assertEquals(MotionKind.SPIN, f.objects().get(0).motion());
    assertEquals(MotionKind.ROLL, f.objects().get(1).motion());
    assertEquals(Direction.LEFT, f.objects().get(1).direction());
    SceneFacts it = CaptionParser.parse("A blue star. It grows. The camera zooms in.");
    assertEquals(MotionKind.GROW, it.objects().get(0).motion());
    assertEquals(Camera.ZOOM_IN, it.camera());
  }

  @Test
  void colourChanges() {
    assertEquals(Colour.BLUE, CaptionParser.parse("a red ball turns blue").objects().get(0).changesTo());
    ObjectFacts from = CaptionParser.parse("the ball changes from red to blue").objects().get(0);
    assertEquals(Colour.RED, from.colour());
    assertEquals(Colour.BLUE, from.changesTo());
    assertNull(CaptionParser.parse("a red ball turns red").objects().get(0).changesTo());
  }

  @Test
  void enteringFromASideMovesAwayFromIt() {
    ObjectFacts o = CaptionParser.parse("a star comes into view from the bottom right slowly").objects().get(0);
    assertEquals(MotionKind.ENTER, o.motion());
    assertEquals(Direction.UP_LEFT, o.direction());
    ObjectFacts exits = CaptionParser.parse("a star slides out of the frame to the right").objects().get(0);
    assertEquals(MotionKind.LEAVE, exits.motion());
    assertEquals(Direction.RIGHT, exits.direction());
  }

  @Test
  void cameraPhrases() {
    assertEquals(Camera.PAN_LEFT, CaptionParser.parse("the camera pans left").camera());
    assertEquals(Camera.PAN_RIGHT, CaptionParser.parse("panning shot to the right").camera());
    assertEquals(Camera.ZOOM_IN, CaptionParser.parse("the camera zooms in").camera());
    assertEquals(Camera.STATIC, CaptionParser.parse("a red ball, static camera").camera());
    assertNull(CaptionParser.parse("a red ball, static camera").objects().get(0).motion(),
        "'static' before 'camera' describes the camera");
    assertEquals(Camera.STATIC, CaptionParser.parse("The camera does not move.").camera());
  }

  @Test
  void motionsThatTakeNoSpeedOrDirectionDropThem() {
    ObjectFacts o = CaptionParser.parse("a ball spins quickly to the left").objects().get(0);
    assertEquals(MotionKind.SPIN, o.motion());
    assertNull(o.speed());
    assertNull(o.direction());
  }

  @Test
  void verbsOfRisingCarryTheirDirection() {
    ObjectFacts o = CaptionParser.parse("an orb rises to the right").objects().get(0);
    assertEquals(MotionKind.MOVE, o.motion());
    assertEquals(Direction.UP_RIGHT, o.direction());
  }

  @Test
  void unknownWordsAreIgnored() {
    assertEquals(CaptionParser.parse("a red ball bounces"),
        CaptionParser.parse("a glittering red ball merrily bounces, wow"));
    assertEquals(0, CaptionParser.parse("lorem ipsum dolor sit amet").objects().size());
  }

  @Test
  void emptyAndNullTextGiveNoFacts() {
    SceneFacts none = new SceneFacts(List.of(), null, null, null, null);
    assertEquals(none, CaptionParser.parse(""));
    assertEquals(none, CaptionParser.parse(null));
    assertEquals(none, CaptionParser.parse(" . , ; "));
  }
}
