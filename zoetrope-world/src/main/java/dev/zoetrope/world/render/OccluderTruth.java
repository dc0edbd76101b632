package dev.zoetrope.world.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.zoetrope.world.scene.OccluderKind;

/** Where the occluder is on screen this frame: its visible pixels and their bounding box. */
public record OccluderTruth(OccluderKind kind, Box box, @JsonIgnore Mask mask) {}
