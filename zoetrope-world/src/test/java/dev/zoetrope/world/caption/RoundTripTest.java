package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import dev.zoetrope.world.scene.Speed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * caption → parse over random complete scenes. The detailed caption, every paraphrase and the
 * unseen paraphrase must give back every fact; the short prompt must state only true facts and
 * name every object. Scene count and seed: -Dcaption.roundtrip.scenes (default 2500),
 * -Dcaption.roundtrip.seed (default 2024).
 */
class RoundTripTest {
  private static final int SCENES = Integer.getInteger("caption.roundtrip.scenes", 2500);
  private static final long SEED = Long.getLong("caption.roundtrip.seed", 2024);

  @Test
  void everyCaptionOfRandomScenesReadsBackToItsFacts() {
    Random random = new Random(SEED);
    int[] exact = new int[4];
    int[] total = new int[4];
    long shortFacts = 0;
    long allFacts = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < SCENES; i++) {
      SceneFacts facts = RandomFacts.facts(random);
      Captions c = Captioner.captions(facts, SEED + i);
      List<String> complete = new ArrayList<>();
      complete.add(c.detailed());
      complete.addAll(c.paraphrases());
      complete.add(Captioner.unseenParaphrase(facts, SEED + i));
      for (int k = 0; k < complete.size(); k++) {
        int style = Math.min(k, 1) + (k == complete.size() - 1 ? 1 : 0);
        total[style]++;
        SceneFacts parsed = CaptionParser.parse(complete.get(k));
        if (parsed.equals(facts)) exact[style]++;
        else failures.add(complete.get(k) + "\n  " + FactRules.contradictions(facts, parsed));
      }
      SceneFacts stated = CaptionParser.parse(c.shortPrompt());
      total[3]++;
      boolean honest = FactRules.contradictions(stated, facts).isEmpty() && stated.objects().size() == facts.objects().size();
      if (honest) exact[3]++;
      else failures.add("short: " + c.shortPrompt() + "\n  " + FactRules.contradictions(stated, facts));
      shortFacts += statedCount(stated);
      allFacts += statedCount(facts);
    }
    System.out.printf("round trip over %d scenes (seed %d): detailed %d/%d, paraphrases %d/%d, unseen %d/%d exact; "
            + "short prompts %d/%d true and complete in objects, stating %.1f%% of all facts%n",
        SCENES, SEED, exact[0], total[0], exact[1], total[1], exact[2], total[2], exact[3], total[3],
        100.0 * shortFacts / allFacts);
    assertTrue(failures.isEmpty(), failures.size() + " captions failed, e.g.:\n"
        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }

  /** Non-null facts, counting each object's fields and the scene's. */
  private static long statedCount(SceneFacts f) {
    long n = 0;
    for (ObjectFacts o : f.objects()) {
      for (Object v : new Object[] {o.shape(), o.colour(), o.size(), o.expression(), o.motion(), o.direction(),
          o.speed(), o.changesTo()}) {
        if (v != null) n++;
      }
    }
    for (Object v : new Object[] {f.background(), f.camera(), f.occluder(), f.relation()}) if (v != null) n++;
    return n;
  }

  /** Systematic, not random: each value of every vocabulary enum in a scene of its own. */
  @Test
  void everyValueOfEveryEnumRoundTrips() {
    List<SceneFacts> scenes = new ArrayList<>();
    for (Shape s : Shape.values()) {
      for (Colour c : Colour.values()) {
        for (Size z : Size.values()) scenes.add(single(s, c, z, Motion.still(), null));
      }
    }
    for (MotionKind k : MotionKind.values()) {
      for (Direction d : Direction.values()) {
        for (Speed v : Speed.values()) {
          if (!k.needsDirection() && (d != Direction.LEFT || v != Speed.SLOW)) continue;
          if (k == MotionKind.ROLL && d.dy() != 0) continue;
          Motion m = k.needsDirection() ? Motion.of(k, d, v) : Motion.of(k);
          scenes.add(single(Shape.CREATURE, Colour.PINK, Size.MEDIUM, m, Colour.CYAN));
        }
      }
    }
    SceneObject ball = object(Shape.BALL, Colour.RED, Size.SMALL, Motion.still(), null);
    SceneObject box = object(Shape.BOX, Colour.BLUE, Size.LARGE, Motion.of(MotionKind.SPIN), Colour.GREEN);
    for (Background b : Background.values()) {
      for (Camera cam : Camera.values()) {
        for (Relation r : Relation.values()) {
          for (OccluderKind o : OccluderKind.values()) {
            scenes.add(new SceneFacts(List.of(ObjectFacts.of(ball), ObjectFacts.of(box)), b, cam, o, r));
          }
        }
      }
    }
    int checked = 0;
    for (SceneFacts facts : scenes) {
      for (long seed = 0; seed < 3; seed++) {
        Captions c = Captioner.captions(facts, seed);
        assertEquals(facts, CaptionParser.parse(c.detailed()), c.detailed());
        for (String p : c.paraphrases()) assertEquals(facts, CaptionParser.parse(p), p);
        String unseen = Captioner.unseenParaphrase(facts, seed);
        assertEquals(facts, CaptionParser.parse(unseen), unseen);
        checked++;
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void lookAlikeObjectsAreToldApartByOrdinals() {
    SceneObject a = object(Shape.STAR, Colour.YELLOW, Size.LARGE, Motion.of(MotionKind.BOUNCE), null);
    SceneObject b = object(Shape.STAR, Colour.YELLOW, Size.LARGE, Motion.of(MotionKind.ROLL, Direction.LEFT, Speed.FAST), null);
    SceneFacts facts = new SceneFacts(List.of(ObjectFacts.of(a), ObjectFacts.of(b), ObjectFacts.of(a)),
        Background.SAND, Camera.STATIC, null, Relation.RIGHT_OF);
    for (long seed = 0; seed < 50; seed++) {
      for (String text : Captioner.all(facts, seed).subList(1, 5)) assertEquals(facts, CaptionParser.parse(text), text);
    }
  }

  private static SceneFacts single(Shape s, Colour c, Size z, Motion m, Colour changesTo) {
    return new SceneFacts(List.of(ObjectFacts.of(object(s, c, z, m, changesTo))), Background.GRASS, Camera.STATIC, null, null);
  }

  private static SceneObject object(Shape s, Colour c, Size z, Motion m, Colour changesTo) {
    Expression e = s == Shape.CREATURE ? Expression.FROWN : Expression.NONE;
    return new SceneObject(s, c, z, e, m, changesTo == c ? null : changesTo, 0.5, 0.5);
  }
}
