/**
 * The oracle: a deterministic perception pipeline that reads rendered or generated frames back into
 * the world's facts, so every word of a prompt can be checked on a video.
 *
 * <p>Stages, in the order data flows: {@link dev.zoetrope.world.oracle.PaletteLabeller} gives each
 * pixel the nearest object {@link dev.zoetrope.world.scene.Colour} in CIELAB (or none);
 * {@link dev.zoetrope.world.oracle.ComponentFinder} groups labels into blobs;
 * {@link dev.zoetrope.world.oracle.ShapeFeatures} and {@link dev.zoetrope.world.oracle.ShapeClassifier}
 * name each blob's shape (and a creature's expression); {@link dev.zoetrope.world.oracle.CameraEstimator}
 * recovers pans and zooms by phase correlation of background tiles; the
 * {@link dev.zoetrope.world.oracle.Tracker} links detections into tracks, and
 * {@link dev.zoetrope.world.oracle.TrackReader} turns camera-compensated tracks into motion facts
 * (direction, speed, bounces with fitted gravity, occlusion and reappearance, colour change).
 * {@link dev.zoetrope.world.oracle.Oracle} runs them all and returns an
 * {@link dev.zoetrope.world.oracle.Observation}.
 *
 * <p>Coordinates: continuous pixel coordinates (x right, y down; pixel i covers [i, i + 1)) inside one frame; "world" coordinates are frame-0 pixel
 * coordinates after undoing the camera; normalised coordinates divide those by the frame width and
 * height, as in {@link dev.zoetrope.world.scene}. Time is in seconds.
 */
package dev.zoetrope.world.oracle;
