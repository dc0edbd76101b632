package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The world's rules for facts: when {@link SceneFacts} describe a whole scene (as
 * {@link SceneFacts#of} gives them), and where one set of facts contradicts another.
 */
public final class FactRules {
  private FactRules() {}

  /** Why the facts are not a complete, valid scene description; empty when they are. */
  public static List<String> problems(SceneFacts facts) {
    List<String> problems = new ArrayList<>();
    int n = facts.objects().size();
    if (n < 1 || n > 3) problems.add("a scene has 1 to 3 objects, not " + n);
    for (int i = 0; i < n; i++) objectProblems(facts.objects().get(i), "object " + i, problems);
    if (facts.background() == null) problems.add("background is missing");
    if (facts.camera() == null) problems.add("camera is missing");
    if (facts.relation() != null && n < 2) problems.add("a relation needs two objects");
    return problems;
  }

  private static void objectProblems(ObjectFacts o, String name, List<String> problems) {
    if (o.shape() == null) problems.add(name + ": shape is missing");
    if (o.colour() == null) problems.add(name + ": colour is missing");
    if (o.size() == null) problems.add(name + ": size is missing");
    if (o.expression() == Expression.NONE) problems.add(name + ": expression NONE is written as null");
    boolean creature = o.shape() == Shape.CREATURE;
    if (creature && o.expression() == null) problems.add(name + ": a creature needs an expression");
    if (!creature && o.expression() != null) problems.add(name + ": only a creature has an expression");
    if (o.motion() == null) {
      problems.add(name + ": motion is missing");
    } else if (o.motion().needsDirection()) {
      if (o.direction() == null) problems.add(name + ": " + o.motion() + " needs a direction");
      if (o.speed() == null) problems.add(name + ": " + o.motion() + " needs a speed");
      if (o.motion() == MotionKind.ROLL && o.direction() != null && o.direction() != Direction.LEFT
          && o.direction() != Direction.RIGHT) {
        problems.add(name + ": ROLL goes left or right, not " + o.direction());
      }
    } else if (o.direction() != null || o.speed() != null) {
      problems.add(name + ": " + o.motion() + " takes no direction or speed");
    }
    if (o.changesTo() != null && o.changesTo() == o.colour()) problems.add(name + ": changes to its own colour");
  }

  public static boolean isComplete(SceneFacts facts) {
    return problems(facts).isEmpty();
  }

  /** Throws {@link IllegalArgumentException} naming every problem of incomplete facts. */
  public static SceneFacts requireComplete(SceneFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<String> problems = problems(facts);
    if (!problems.isEmpty()) throw new IllegalArgumentException("incomplete scene facts: " + String.join("; ", problems));
    return facts;
  }

  /**
   * Every fact {@code stated} states (non-null) that {@code actual} does not share. Objects are
   * compared in order; stated objects also fix the object count.
   */
  public static List<String> contradictions(SceneFacts stated, SceneFacts actual) {
    List<String> out = new ArrayList<>();
    int n = stated.objects().size();
    if (n > 0 && n != actual.objects().size()) {
      out.add("object count " + actual.objects().size() + " instead of " + n);
    }
    for (int i = 0; i < Math.min(n, actual.objects().size()); i++) {
      ObjectFacts s = stated.objects().get(i);
      ObjectFacts a = actual.objects().get(i);
      String name = "object " + i + " ";
      check(out, name + "shape", s.shape(), a.shape());
      check(out, name + "colour", s.colour(), a.colour());
      check(out, name + "size", s.size(), a.size());
      check(out, name + "expression", s.expression(), a.expression());
      check(out, name + "motion", s.motion(), a.motion());
      check(out, name + "direction", s.direction(), a.direction());
      check(out, name + "speed", s.speed(), a.speed());
      check(out, name + "changesTo", s.changesTo(), a.changesTo());
    }
    check(out, "background", stated.background(), actual.background());
    check(out, "camera", stated.camera(), actual.camera());
    check(out, "occluder", stated.occluder(), actual.occluder());
    check(out, "relation", stated.relation(), actual.relation());
    return out;
  }

  private static void check(List<String> out, String what, Object stated, Object actual) {
    if (stated != null && !stated.equals(actual)) out.add(what + " is " + actual + ", stated " + stated);
  }
}
