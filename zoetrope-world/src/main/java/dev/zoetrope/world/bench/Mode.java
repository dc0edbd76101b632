package dev.zoetrope.world.bench;

/** What a suite entry asks the model to do, and which input videos it gives. */
public enum Mode {
  /** Text to video: no inputs. */
  T2V("t2v", 0),
  /** Image to video: one input, a single frame that must open the output. */
  I2V("i2v", 1),
  /** Extend forward: one input video; the output is the input followed by new frames. */
  EXTEND("extend", 1),
  /** Connect: two input videos; the output is the first, a transition, then the second. */
  CONNECT("connect", 2);

  private final String key;
  private final int inputs;

  Mode(String key, int inputs) {
    this.key = key;
    this.inputs = inputs;
  }

  public String key() {
    return key;
  }

  public int inputs() {
    return inputs;
  }

  public static Mode of(String key) {
    for (Mode m : values()) if (m.key.equals(key)) return m;
    throw new IllegalArgumentException("unknown mode '" + key + "' (t2v, i2v, extend, connect)");
  }
}
