package dev.zoetrope.world.sample;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Shape;
import java.util.List;

/**
 * What the sampler may produce: compositions it must never produce ({@code excluded}), the most
 * objects per scene, and how often unconstrained scenes get an occluder or a colour change.
 * {@link #training()} excludes the {@link #heldOut()} compositions, so a model trained on it has
 * never seen them and the bench can test composition; {@link #full()} excludes nothing.
 */
public record WorldSpec(List<Composition> excluded, int maxObjects, double occluderChance, double colourChangeChance) {
  public WorldSpec {
    excluded = List.copyOf(excluded);
    if (maxObjects < 1 || maxObjects > 3) throw new IllegalArgumentException("maxObjects must be 1..3, got " + maxObjects);
    if (occluderChance < 0 || occluderChance > 1) throw new IllegalArgumentException("occluderChance " + occluderChance);
    if (colourChangeChance < 0 || colourChangeChance > 1) throw new IllegalArgumentException("colourChangeChance " + colourChangeChance);
  }

  /**
   * The ten held-out compositions: five colour + shape pairs, three shape + direction moves, two
   * shape + motion pairs. Each of their attributes appears in training, only never together.
   */
  public static List<Composition> heldOut() {
    return List.of(
        Composition.of(Colour.GREEN, Shape.STAR),
        Composition.of(Colour.PURPLE, Shape.TRIANGLE),
        Composition.of(Colour.ORANGE, Shape.RING),
        Composition.of(Colour.BLUE, Shape.CREATURE),
        Composition.of(Colour.YELLOW, Shape.BOX),
        Composition.of(Shape.TRIANGLE, MotionKind.MOVE, Direction.UP),
        Composition.of(Shape.BOX, MotionKind.MOVE, Direction.LEFT),
        Composition.of(Shape.STAR, MotionKind.MOVE, Direction.DOWN_RIGHT),
        Composition.of(Shape.RING, MotionKind.SPIN),
        Composition.of(Shape.CREATURE, MotionKind.BOUNCE));
  }

  /** The training world: everything except {@link #heldOut()}. */
  public static WorldSpec training() {
    return new WorldSpec(heldOut(), 3, 0.2, 0.1);
  }

  /** Everything, for rendering held-out prompts (the bench's ground-truth ceiling). */
  public static WorldSpec full() {
    return new WorldSpec(List.of(), 3, 0.2, 0.1);
  }

  /** The first excluded composition the object matches, or null when it is allowed. */
  public Composition violation(ObjectFacts object) {
    for (Composition c : excluded) if (c.matches(object)) return c;
    return null;
  }

  public boolean allows(ObjectFacts object) {
    return violation(object) == null;
  }
}
