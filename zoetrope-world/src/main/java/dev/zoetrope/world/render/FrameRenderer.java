package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the frames of one clip: background, then objects back to front, then the occluder;
 * visible coverage of each object is kept and reduced by whatever is drawn over it.
 */
final class FrameRenderer {
  private final Scene scene;
  private final RenderSpec spec;
  private final int width;
  private final int height;
  private final double unit;
  private final BackgroundTexture texture;
  private final int[] texturePhase;
  private final ObjectMotion[] motions;
  private final List<ContactEvent> contacts = new ArrayList<>();
  private final OccluderPainter occluder;
  /** The background of a static camera, drawn once. */
  private byte[] staticBackground;

  FrameRenderer(Scene scene, RenderSpec spec) {
    this.scene = scene;
    this.spec = spec;
    this.width = spec.width();
    this.height = spec.height();
    this.unit = Math.min(width, height);
    this.texture = BackgroundTexture.of(scene.background(), scene.seed());
    this.texturePhase = BackgroundTexture.phase(scene.seed());
    this.motions = new ObjectMotion[scene.objects().size()];
    for (int i = 0; i < motions.length; i++) {
      motions[i] = new ObjectMotion(scene, i, spec);
      contacts.addAll(motions[i].contacts(spec));
    }
    contacts.sort((a, b) -> Double.compare(a.time(), b.time()));
    this.occluder = scene.occluder() == null ? null : new OccluderPainter(scene.occluder(), width, height);
  }

  FrameTruth render(int index, byte[] rgb) {
    double t = spec.time(index);
    CameraTransform camera = CameraPath.at(scene.camera(), spec, t);
    drawBackground(rgb, camera);
    int count = motions.length;
    Layer[] layers = new Layer[count];
    for (int k = 0; k < count; k++) {
      ObjectState state = motions[k].state(t);
      layers[k] = drawObject(rgb, scene.objects().get(k), state, camera, layers, k);
    }
    OccluderTruth occluderTruth = null;
    if (occluder != null) {
      float[] coverage = occluder.paint(rgb, camera);
      for (Layer layer : layers) layer.hideBehind(coverage, width);
      occluderTruth = new OccluderTruth(scene.occluder().kind(), occluder.box(), occluderMask(occluder.box(), coverage));
    }
    List<ObjectTruth> objects = new ArrayList<>(count);
    for (int k = 0; k < count; k++) objects.add(layers[k].truth(k, scene.objects().get(k).shape()));
    return new FrameTruth(index, t, camera, objects, occluderTruth, contactsOf(index));
  }

  private void drawBackground(byte[] rgb, CameraTransform camera) {
    if (scene.camera() == Camera.STATIC && staticBackground != null) {
      System.arraycopy(staticBackground, 0, rgb, 0, rgb.length);
      return;
    }
    BackgroundSampler.draw(texture, texturePhase, rgb, camera, unit);
    if (scene.camera() == Camera.STATIC) staticBackground = rgb.clone();
  }

  private Layer drawObject(byte[] rgb, SceneObject object, ObjectState state, CameraTransform camera, Layer[] below, int k) {
    double cx = camera.toScreenX(state.x()), cy = camera.toScreenY(state.y());
    double radius = state.radius() * camera.zoom();
    Box box = new Box(
            (int) Math.floor(cx - radius - 1), (int) Math.floor(cy - radius - 1),
            (int) Math.ceil(cx + radius + 1), (int) Math.ceil(cy + radius + 1))
        .clip(width, height);
    Layer layer = new Layer(box, state, cx, cy, radius, ShapeField.unitArea(object.shape()) * radius * radius);
    double pixel = 1 / radius;
    double cos = Math.cos(state.angle()), sin = Math.sin(state.angle());
    double reach = (1 + 2 * pixel) * (1 + 2 * pixel);
    double inner = Math.max(0, ShapeField.innerRadius(object.shape()) - pixel);
    double innerSquared = inner * inner;
    for (int y = box.y0(); y < box.y1(); y++) {
      double dy = (y + 0.5 - cy) * pixel;
      for (int x = box.x0(); x < box.x1(); x++) {
        double dx = (x + 0.5 - cx) * pixel;
        double squared = dx * dx + dy * dy;
        if (squared > reach) continue;
        // Rotate the offset by −angle into the shape's own frame.
        double lx = cos * dx + sin * dy, ly = -sin * dx + cos * dy;
        double c = squared < innerSquared ? 1 : ShapeField.coverage(ShapeField.distance(object.shape(), lx, ly), pixel);
        if (c <= 0) continue;
        int colour = ShapeField.paint(object.shape(), object.expression(), lx, ly, state.rgb(), pixel);
        OccluderPainter.blend(rgb, (y * width + x) * 3, colour, c);
        layer.set(x, y, (float) c);
        for (int j = 0; j < k; j++) below[j].hide(x, y, c);
      }
    }
    return layer;
  }

  private Mask occluderMask(Box box, float[] occluderCoverage) {
    if (box == null) return Mask.empty();
    byte[] coverage = new byte[box.width() * box.height()];
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        coverage[(y - box.y0()) * box.width() + x - box.x0()] = (byte) Math.round(occluderCoverage[y * width + x] * 255);
      }
    }
    return new Mask(box, coverage);
  }

  private List<ContactEvent> contactsOf(int frame) {
    List<ContactEvent> events = new ArrayList<>(0);
    for (ContactEvent e : contacts) if (e.frame() == frame) events.add(e);
    return events;
  }
}
