package dev.zoetrope.config;

/** How to integrate the flow: method (euler, heun), steps and classifier-free guidance scale. */
public record SamplerConfig(String method, int steps, double guidance) {
  public SamplerConfig {
    if (!method.equals("euler") && !method.equals("heun")) {
      throw new IllegalArgumentException("sampler must be euler or heun, got '" + method + "'");
    }
    if (steps < 1 || steps > 1000) throw new IllegalArgumentException("steps must be in 1..1000, got " + steps);
    if (!(guidance >= 0)) throw new IllegalArgumentException("guidance must be >= 0, got " + guidance);
  }

  public static SamplerConfig defaults() {
    return new SamplerConfig("euler", 20, 4.0);
  }
}
