package dev.zoetrope.dit;

import dev.zoetrope.world.caption.CaptionParser;
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

/**
 * The facts a prompt states, read by the world's caption parser, as one fixed vector of
 * {@link #WIDTH} zeros and ones: the transformer's facts path (camera-control models condition on
 * a camera move the same way). MiniLM's mean token states barely tell "pans left" from "pans right"
 * (cosine 0.986), so a fact the text states only faintly reaches the model here as its own input.
 *
 * <p>Layout: the object count (one-hot 1, 2, 3, 4 or more), the scene (camera, background,
 * occluder, relation: one-hot each), then {@link #SLOTS} object slots in the prompt's order (shape,
 * colour, size, expression, motion, direction, speed, the colour it changes to). An unstated fact
 * is all zeros, so a prompt the parser cannot read, or a dropped caption, gives the zero vector;
 * objects past the last slot count but fill none.
 */
public final class PromptFacts {
  /** Object slots: the world draws at most three objects. */
  static final int SLOTS = 3;
  static final int COUNTS = 4;
  static final int SCENE = Camera.values().length + Background.values().length + OccluderKind.values().length + Relation.values().length;
  static final int OBJECT = Shape.values().length + Colour.values().length + Size.values().length + Expression.values().length
      + MotionKind.values().length + Direction.values().length + Speed.values().length + Colour.values().length;
  public static final int WIDTH = COUNTS + SCENE + SLOTS * OBJECT;

  private PromptFacts() {}

  public static float[] of(String prompt) {
    return of(CaptionParser.parse(prompt));
  }

  public static float[] of(SceneFacts facts) {
    float[] v = new float[WIDTH];
    int objects = facts.objects().size();
    if (objects > 0) v[Math.min(objects, COUNTS) - 1] = 1;
    Writer w = new Writer(v, COUNTS);
    w.put(facts.camera(), Camera.values().length);
    w.put(facts.background(), Background.values().length);
    w.put(facts.occluder(), OccluderKind.values().length);
    w.put(facts.relation(), Relation.values().length);
    for (int slot = 0; slot < Math.min(objects, SLOTS); slot++) {
      ObjectFacts o = facts.objects().get(slot);
      w.put(o.shape(), Shape.values().length);
      w.put(o.colour(), Colour.values().length);
      w.put(o.size(), Size.values().length);
      w.put(o.expression(), Expression.values().length);
      w.put(o.motion(), MotionKind.values().length);
      w.put(o.direction(), Direction.values().length);
      w.put(o.speed(), Speed.values().length);
      w.put(o.changesTo(), Colour.values().length);
    }
    return v;
  }

  /** Writes one-hot groups one after another. */
  private static final class Writer {
    private final float[] v;
    private int at;

    Writer(float[] v, int at) {
      this.v = v;
      this.at = at;
    }

    void put(Enum<?> value, int size) {
      if (value != null) v[at + value.ordinal()] = 1;
      at += size;
    }
  }
}
