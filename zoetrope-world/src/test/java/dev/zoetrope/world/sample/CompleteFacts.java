package dev.zoetrope.world.sample;

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
import dev.zoetrope.world.scene.StartEdges;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random complete facts that obey the world's rules: objects are built through the scene model's
 * validating constructors (creatures have expressions, rolls go sideways, a colour change is to
 * another colour), and a relation is one their motions allow ({@link StartEdges}).
 */
final class CompleteFacts {
  private CompleteFacts() {}

  static SceneFacts random(Random random) {
    int count = 1 + random.nextInt(3);
    List<ObjectFacts> objects = new ArrayList<>();
    for (int i = 0; i < count; i++) objects.add(ObjectFacts.of(object(random)));
    OccluderKind occluder = random.nextInt(3) == 0 ? pick(random, OccluderKind.values()) : null;
    Relation relation = count >= 2 && random.nextBoolean() ? pick(random, Relation.values()) : null;
    if (relation != null && StartEdges.conflict(relation, objects.get(0), objects.get(1)) != null) relation = null;
    return new SceneFacts(objects, pick(random, Background.values()), pick(random, Camera.values()), occluder, relation);
  }

  private static SceneObject object(Random random) {
    Shape shape = pick(random, Shape.values());
    Colour colour = pick(random, Colour.values());
    Expression expression = shape != Shape.CREATURE ? Expression.NONE : random.nextBoolean() ? Expression.SMILE : Expression.FROWN;
    Colour changesTo = null;
    if (random.nextInt(4) == 0) {
      do changesTo = pick(random, Colour.values());
      while (changesTo == colour);
    }
    return new SceneObject(shape, colour, pick(random, Size.values()), expression, motion(random), changesTo, 0.5, 0.5);
  }

  private static Motion motion(Random random) {
    MotionKind kind = pick(random, MotionKind.values());
    if (!kind.needsDirection()) return Motion.of(kind);
    Direction direction = kind == MotionKind.ROLL
        ? (random.nextBoolean() ? Direction.LEFT : Direction.RIGHT)
        : pick(random, Direction.values());
    return Motion.of(kind, direction, pick(random, Speed.values()));
  }

  static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
