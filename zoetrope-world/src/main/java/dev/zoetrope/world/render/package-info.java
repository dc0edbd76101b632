/**
 * The renderer: {@link dev.zoetrope.world.render.Renderer#render} turns a
 * {@link dev.zoetrope.world.scene.Scene} and a {@link dev.zoetrope.world.scene.RenderSpec} into RGB
 * frames plus per-frame ground truth ({@link dev.zoetrope.world.render.FrameTruth}).
 *
 * <p>Coordinates. The <em>world</em> is measured in pixels of the first frame: a scene's normalised
 * (x, y) maps to (x·W, y·H). The unit {@code s = min(W, H)} sets sizes, speeds and texture scale,
 * so a shape is round at every aspect ratio and a diagonal move is at 45°. The camera maps world to
 * screen by {@code screen = zoom·(world − centre) + (W/2, H/2)}; at time 0 it is the identity.
 * Pixel (i, j) covers [i, i+1) × [j, j+1); its centre is (i + ½, j + ½).
 *
 * <p>Antialiasing. Every shape is a signed distance field in pixels; a pixel's coverage is
 * {@code clamp(½ − distance, 0, 1)}, a one-pixel ramp across each edge. Masks in the truth hold
 * that coverage after everything in front (other objects, the occluder, the frame edge) is removed.
 */
package dev.zoetrope.world.render;
