package dev.zoetrope.server.models;

import dev.zoetrope.generate.VideoGenerator;

/** Loads the generator of an installed model; each worker keeps the generators it opened. */
@FunctionalInterface
public interface GeneratorFactory {
  VideoGenerator open(InstalledModel model);
}
