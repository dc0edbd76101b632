package dev.zoetrope.world.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zoetrope.world.scene.SceneFacts;

/**
 * A rendered clip as JSON, for {@code clip.json} beside a video: the scene, its facts, the render
 * spec and per-frame truth (camera, objects' boxes, centroids, visibility, colour, contacts).
 * Masks are left out (they are recomputed exactly by rendering the scene again).
 */
public final class ClipJson {
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClipJson() {}

  public static ObjectNode of(RenderedClip clip) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("scene", MAPPER.valueToTree(clip.scene()));
    root.set("facts", MAPPER.valueToTree(SceneFacts.of(clip.scene())));
    root.set("spec", MAPPER.valueToTree(clip.spec()));
    ArrayNode frames = root.putArray("frames");
    for (FrameTruth truth : clip.truth()) frames.add(frame(truth));
    return root;
  }

  private static ObjectNode frame(FrameTruth truth) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("index", truth.index());
    node.put("time", truth.time());
    CameraTransform camera = truth.camera();
    node.putObject("camera").put("panX", camera.panX()).put("panY", camera.panY()).put("zoom", camera.zoom());
    ArrayNode objects = node.putArray("objects");
    for (ObjectTruth o : truth.objects()) {
      ObjectNode object = objects.addObject();
      object.put("object", o.object()).put("shape", o.shape().name()).put("z", o.z());
      object.put("colour", o.colour().name()).put("rgb", String.format("#%06x", o.rgb()));
      object.put("centreX", o.centreX()).put("centreY", o.centreY()).put("radius", o.radius()).put("angle", o.angle());
      object.put("visibleFraction", o.visibleFraction());
      if (o.visible()) {
        object.put("centroidX", o.centroidX()).put("centroidY", o.centroidY());
        object.set("box", MAPPER.valueToTree(o.box()));
      }
    }
    if (truth.occluder() != null) {
      ObjectNode occluder = node.putObject("occluder").put("kind", truth.occluder().kind().name());
      if (truth.occluder().box() != null) occluder.set("box", MAPPER.valueToTree(truth.occluder().box()));
    }
    if (!truth.contacts().isEmpty()) node.set("contacts", MAPPER.valueToTree(truth.contacts()));
    return node;
  }
}
