package dev.zoetrope.server.models;

/** The production generator factory: the diffusion engine loading a checkpoint folder. */
public final class EngineGenerators {
  private EngineGenerators() {}

  public static GeneratorFactory factory() {
    return model -> {
      throw new IllegalStateException("the diffusion engine is not part of this build yet; cannot load " + model.checkpoint());
    };
  }
}
