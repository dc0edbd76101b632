package dev.zoetrope.generate;

import dev.zoetrope.world.video.Video;

/** A generated video and what produced it. */
public record GenerationResult(Video video, String prompt, long seed, String modelId) {}
