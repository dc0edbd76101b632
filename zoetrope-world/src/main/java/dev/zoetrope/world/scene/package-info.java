/**
 * The synthetic world's scene model: the vocabulary (shapes, colours, sizes, motions, backgrounds,
 * camera moves, occluders, relations), a {@link dev.zoetrope.world.scene.Scene} built from it, and
 * {@link dev.zoetrope.world.scene.SceneFacts}, the partial description a caption states.
 *
 * <p>Coordinates are normalised: x and y are fractions of the frame width and height at time 0
 * (y grows downwards, as in images); sizes are fractions of min(width, height) so shapes keep their
 * proportions at every aspect ratio. Time is in seconds.
 */
package dev.zoetrope.world.scene;
