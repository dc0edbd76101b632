package dev.zoetrope.server.models;

import dev.zoetrope.generate.DiffusionGenerator;

/** The production generator factory: the diffusion engine loading a checkpoint folder. */
public final class EngineGenerators {
  private EngineGenerators() {}

  public static GeneratorFactory factory() {
    return model -> DiffusionGenerator.load(model.checkpoint());
  }
}
