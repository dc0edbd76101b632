package dev.zoetrope.generate;

import static dev.zoetrope.world.render.WorldConstants.PAN_SPEED;
import static dev.zoetrope.world.render.WorldConstants.ZOOM_RATE;

import dev.zoetrope.vae.Pixels;
import dev.zoetrope.world.caption.CaptionParser;
import dev.zoetrope.world.scene.Camera;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The camera move a text prompt states, filmed over a still canvas. The transformer draws scenes
 * with a still camera (it has not learnt to move one; MODEL_CARD.md), so for a prompt that asks for
 * a pan or a zoom this rig moves a view over the sampled scene (a wider canvas for a pan): a pan
 * slides the view at the world's pan speed ({@code PAN_SPEED} of the frame's shorter side per
 * second), a zoom scales it by {@code exp(±ZOOM_RATE·t)} about the centre, as the world's cameras
 * move (slower past the limits below). Objects keep the motion the transformer gave them; the background and still objects slide
 * or grow as under a real camera. Each output pixel is sampled bilinearly from the canvas.
 *
 * <p>Pans widen (or heighten) the canvas by the distance travelled. Zooms film inside the frame
 * itself, so they cost nothing extra: a zoom in ends magnified by the final scale, a zoom out starts
 * magnified by it and ends on the whole frame. The canvas is at most {@link #MAX_AREA} times the
 * frame's area and a zoom at most {@link #MAX_ZOOM}x; a longer move (a pan over about 20 s at
 * 128x128, a zoom over about 5.8 s) is filmed slower, so that the whole of it stays within them.
 * {@code rate} is the filmed move's: short sides a second for a pan, d ln(scale)/dt for a zoom.
 */
public record CameraRig(Camera camera, int width, int height, int frames, double fps, int canvasWidth, int canvasHeight, double rate) {
  /** Largest canvas, in multiples of the output frame's area. */
  public static final double MAX_AREA = 3.0;
  /** Largest magnification a zoom films (about 5.8 s at the world's zoom rate). */
  public static final double MAX_ZOOM = 2.0;

  /**
   * The rig for {@code prompt}, or empty when the prompt states no pan or zoom or the output is a
   * single image. {@code multiple} is the model's size multiple; canvas sides are rounded up to it.
   */
  public static Optional<CameraRig> plan(String prompt, int width, int height, int frames, double fps, int multiple) {
    if (frames < 2) return Optional.empty();
    Camera camera = CaptionParser.parse(prompt).camera();
    if (camera == null || camera == Camera.STATIC) return Optional.empty();
    double seconds = (frames - 1) / fps;
    double shorter = Math.min(width, height);
    return Optional.of(switch (camera) {
      case PAN_LEFT, PAN_RIGHT -> {
        double travel = panTravel(width, shorter, seconds, multiple);
        yield new CameraRig(camera, width, height, frames, fps, roundUp(width + travel, multiple), height, travel / (shorter * seconds));
      }
      case PAN_UP, PAN_DOWN -> {
        double travel = panTravel(height, shorter, seconds, multiple);
        yield new CameraRig(camera, width, height, frames, fps, width, roundUp(height + travel, multiple), travel / (shorter * seconds));
      }
      default -> new CameraRig(camera, width, height, frames, fps, width, height,
          Math.min(ZOOM_RATE, Math.log(MAX_ZOOM) / seconds));
    });
  }

  /** Pixels a pan along a side of {@code side} travels: the world's distance, or what a canvas of MAX_AREA times the frame holds. */
  private static double panTravel(int side, double shorter, double seconds, int multiple) {
    int largest = (int) Math.floor(MAX_AREA * side / multiple + 1e-9) * multiple;
    return Math.min(PAN_SPEED * shorter * seconds, largest - side);
  }

  private static int roundUp(double size, int multiple) {
    return (int) Math.ceil(size / multiple - 1e-9) * multiple;
  }

  /** The filmed rate as a share of the world's own (1 within the limits). */
  public double speedShare() {
    return rate / (camera == Camera.ZOOM_IN || camera == Camera.ZOOM_OUT ? ZOOM_RATE : PAN_SPEED);
  }

  /** Whether the move is filmed slower than the world's cameras move, to stay within the rig's limits. */
  public boolean slowed() {
    return speedShare() < 1 - 1e-9;
  }

  /** Films {@code canvas} ({@code frames} frames of canvasWidth x canvasHeight) into frames of width x height. */
  public List<byte[]> film(List<byte[]> canvas) {
    if (canvas.size() != frames) throw new IllegalArgumentException("the rig films " + frames + " frames, got " + canvas.size());
    List<byte[]> out = new ArrayList<>(canvas.size());
    for (int k = 0; k < canvas.size(); k++) {
      if (canvas.get(k).length != canvasWidth * canvasHeight * 3) {
        throw new IllegalArgumentException("canvas frame " + k + " is not " + canvasWidth + "x" + canvasHeight);
      }
      out.add(view(canvas.get(k), k / fps));
    }
    return out;
  }

  /**
   * The view at time t: its centre (cx, cy) on the canvas and its zoom s; output pixel p samples the
   * canvas at c + (p − size/2)/s. A pan's path is centred on the canvas, with equal margins at its
   * start and end.
   */
  private byte[] view(byte[] source, double t) {
    double speed = rate * Math.min(width, height);
    double total = speed * (frames - 1) / fps, moved = speed * t;
    double startX = (canvasWidth - width - total) / 2 + width / 2.0, startY = (canvasHeight - height - total) / 2 + height / 2.0;
    double cx = canvasWidth / 2.0, cy = canvasHeight / 2.0, zoom = 1;
    switch (camera) {
      case PAN_LEFT -> cx = canvasWidth - startX - moved;
      case PAN_RIGHT -> cx = startX + moved;
      case PAN_UP -> cy = canvasHeight - startY - moved;
      case PAN_DOWN -> cy = startY + moved;
      case ZOOM_IN -> zoom = Math.exp(rate * t);
      case ZOOM_OUT -> zoom = Math.exp(rate * ((frames - 1) / fps - t));
      default -> {}
    }
    byte[] out = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        Pixels.sample(source, canvasWidth, canvasHeight, cx + (x + 0.5 - width / 2.0) / zoom - 0.5, cy + (y + 0.5 - height / 2.0) / zoom - 0.5,
            out, (y * width + x) * 3);
      }
    }
    return out;
  }
}
