package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.Scene;
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
 * Random complete scenes built through the scene model's own validating constructors, so every
 * one obeys the world's rules (creatures have expressions, rolls go left or right, ...), with a
 * relation only where the objects' motions let it hold ({@link StartEdges}).
 */
final class RandomFacts {
  private RandomFacts() {}

  static SceneFacts facts(Random random) {
    return SceneFacts.of(scene(random));
  }

  static Scene scene(Random random) {
    int n = 1 + random.nextInt(3);
    List<SceneObject> objects = new ArrayList<>();
    for (int i = 0; i < n; i++) objects.add(object(random));
    Occluder occluder =
        random.nextInt(3) == 0 ? new Occluder(pick(random, OccluderKind.values()), random.nextDouble(), 0.1) : null;
    Relation relation = n >= 2 && random.nextBoolean() ? pick(random, Relation.values()) : null;
    if (relation != null && StartEdges.conflict(relation, ObjectFacts.of(objects.get(0)), ObjectFacts.of(objects.get(1))) != null) {
      relation = null;
    }
    return new Scene(
        random.nextLong(),
        pick(random, Background.values()),
        pick(random, Camera.values()),
        objects,
        occluder,
        relation,
        1.5,
        0.6);
  }

  static SceneObject object(Random random) {
    Shape shape = pick(random, Shape.values());
    Colour colour = pick(random, Colour.values());
    Expression expression =
        shape == Shape.CREATURE ? (random.nextBoolean() ? Expression.SMILE : Expression.FROWN) : Expression.NONE;
    Colour changesTo = null;
    if (random.nextInt(3) == 0) {
      do {
        changesTo = pick(random, Colour.values());
      } while (changesTo == colour);
    }
    return new SceneObject(
        shape, colour, pick(random, Size.values()), expression, motion(random), changesTo, random.nextDouble(),
        random.nextDouble());
  }

  static Motion motion(Random random) {
    MotionKind kind = pick(random, MotionKind.values());
    if (!kind.needsDirection()) return Motion.of(kind);
    Direction direction =
        kind == MotionKind.ROLL
            ? (random.nextBoolean() ? Direction.LEFT : Direction.RIGHT)
            : pick(random, Direction.values());
    return Motion.of(kind, direction, pick(random, Speed.values()));
  }

  static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
