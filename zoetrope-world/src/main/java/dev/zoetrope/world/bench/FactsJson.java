package dev.zoetrope.world.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SceneFacts} as JSON: enum constants by name, unstated facts left out. Shared by suite
 * files and reports.
 */
public final class FactsJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FactsJson() {}

  public static ObjectNode write(SceneFacts facts) {
    ObjectNode out = NODES.objectNode();
    ArrayNode objects = out.putArray("objects");
    for (ObjectFacts o : facts.objects()) objects.add(write(o));
    put(out, "background", facts.background());
    put(out, "camera", facts.camera());
    put(out, "occluder", facts.occluder());
    put(out, "relation", facts.relation());
    return out;
  }

  public static ObjectNode write(ObjectFacts o) {
    ObjectNode out = NODES.objectNode();
    put(out, "shape", o.shape());
    put(out, "colour", o.colour());
    put(out, "size", o.size());
    put(out, "expression", o.expression());
    put(out, "motion", o.motion());
    put(out, "direction", o.direction());
    put(out, "speed", o.speed());
    put(out, "changes_to", o.changesTo());
    return out;
  }

  public static SceneFacts read(JsonNode node) {
    if (node == null || !node.isObject()) throw new IllegalArgumentException("expected facts must be a JSON object");
    List<ObjectFacts> objects = new ArrayList<>();
    JsonNode list = node.path("objects");
    if (!list.isArray()) throw new IllegalArgumentException("facts need an \"objects\" array");
    for (JsonNode o : list) {
      objects.add(new ObjectFacts(
          get(o, "shape", Shape.class),
          get(o, "colour", Colour.class),
          get(o, "size", Size.class),
          get(o, "expression", Expression.class),
          get(o, "motion", MotionKind.class),
          get(o, "direction", Direction.class),
          get(o, "speed", Speed.class),
          get(o, "changes_to", Colour.class)));
    }
    return new SceneFacts(
        objects,
        get(node, "background", Background.class),
        get(node, "camera", Camera.class),
        get(node, "occluder", OccluderKind.class),
        get(node, "relation", Relation.class));
  }

  private static void put(ObjectNode out, String field, Enum<?> value) {
    if (value != null) out.put(field, value.name());
  }

  private static <E extends Enum<E>> E get(JsonNode node, String field, Class<E> type) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    try {
      return Enum.valueOf(type, value.asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + field + " '" + value.asText() + "'");
    }
  }
}
