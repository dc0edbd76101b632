package dev.zoetrope.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.function.Function;

/**
 * NDManager scoping. An op's result belongs to the manager of its first operand, so work that
 * starts from arrays in a short-lived child manager stays there and is freed when it closes; only
 * what is explicitly kept moves to the longer-lived parent.
 */
public final class Scopes {
  private Scopes() {}

  /** Runs {@code body} in a fresh manager and frees everything it made; only plain data comes out. */
  public static <T> T compute(Function<NDManager, T> body) {
    try (NDManager scope = Compute.newManager()) {
      T result = body.apply(scope);
      if (result instanceof NDArray) throw new IllegalStateException("an NDArray must not escape its scope");
      return result;
    }
  }

  /** Number of arrays a manager holds directly: flat across steps when nothing leaks. */
  public static int arrayCount(NDManager manager) {
    return manager.getManagedArrays().size();
  }
}
