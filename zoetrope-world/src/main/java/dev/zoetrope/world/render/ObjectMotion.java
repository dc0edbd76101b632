package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.WorldConstants.*;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One object's motion program evaluated for a frame size: {@link #state(double)} gives its
 * position, size, angle and colour at any time. Speeds are in units of {@code s = min(W, H)} per
 * second; gravity is in heights per second squared (as {@link Scene} defines it).
 */
public final class ObjectMotion {
  private final SceneObject object;
  private final int index;
  private final double unit;
  private final double startX;
  private final double startY;
  private final double baseRadius;
  private final double lastTime;
  private final BounceTrajectory bounce;

  public ObjectMotion(Scene scene, int index, RenderSpec spec) {
    this.object = scene.objects().get(index);
    this.index = index;
    this.unit = Math.min(spec.width(), spec.height());
    this.baseRadius = object.size().radius() * unit;
    this.startX = object.x() * spec.width();
    double floorY = FLOOR * spec.height() - baseRadius;
    // Rolling objects sit on the floor whatever y the scene gives.
    this.startY = object.motion().kind() == MotionKind.ROLL ? floorY : object.y() * spec.height();
    this.lastTime = (spec.frames() - 1) / spec.fps();
    this.bounce =
        object.motion().kind() == MotionKind.BOUNCE
            ? new BounceTrajectory(
                startY, floorY, scene.gravity() * spec.height(), scene.restitution(), REST_HEIGHT * unit)
            : null;
  }

  public ObjectState state(double t) {
    MotionKind kind = object.motion().kind();
    double x = startX;
    double y = startY;
    double angle = 0;
    double scale = 1;
    switch (kind) {
      case STILL -> {}
      case MOVE, ENTER, LEAVE -> {
        double distance = object.motion().speed().unitsPerSecond() * unit * t;
        x += object.motion().direction().unitX() * distance;
        y += object.motion().direction().unitY() * distance;
      }
      case ROLL -> {
        double dx = object.motion().direction().dx() * object.motion().speed().unitsPerSecond() * unit * t;
        x += dx;
        angle = dx / baseRadius; // rolling without slipping: arc length = distance
      }
      case SPIN -> angle = SPIN_RATE * t;
      case GROW -> scale = Math.min(GROW_LIMIT, 1 + GROW_RATE * t);
      case SHRINK -> scale = Math.max(SHRINK_LIMIT, 1 - SHRINK_RATE * t);
      case BOUNCE -> y = bounce.y(t);
    }
    double blend = colourBlend(t);
    int rgb = object.changesTo() == null ? object.colour().rgb() : mix(object.colour().rgb(), object.changesTo().rgb(), blend);
    Colour named = object.changesTo() != null && blend >= 0.5 ? object.changesTo() : object.colour();
    return new ObjectState(x, y, baseRadius * scale, angle, rgb, named);
  }

  /** Floor contacts of this object, with the frame each first shows in. */
  public List<ContactEvent> contacts(RenderSpec spec) {
    List<ContactEvent> events = new ArrayList<>();
    if (bounce == null) return events;
    for (int i = 0; i < bounce.contactCount(); i++) {
      double time = bounce.contactTime(i);
      int frame = (int) Math.ceil(time * spec.fps() - 1e-9);
      if (frame >= spec.frames()) break;
      events.add(new ContactEvent(index, time, frame, startX, bounce.y(time), bounce.contactSpeed(i)));
    }
    return events;
  }

  /** 0 before the change, 1 after; a smooth ramp between the two fractions of the clip. */
  private double colourBlend(double t) {
    if (object.changesTo() == null || lastTime <= 0) return 0;
    double f = (t / lastTime - COLOUR_CHANGE_START) / (COLOUR_CHANGE_END - COLOUR_CHANGE_START);
    f = Math.max(0, Math.min(1, f));
    return f * f * (3 - 2 * f);
  }

  static int mix(int a, int b, double f) {
    int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
    int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    return (r << 16) | (g << 8) | bl;
  }
}
