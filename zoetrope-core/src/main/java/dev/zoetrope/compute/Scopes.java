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

  /** Runs {@code body} in a child of {@code parent}; the returned array is moved to {@code parent}. */
  public static NDArray keep(NDManager parent, Function<NDManager, NDArray> body) {
    try (NDManager scope = parent.newSubManager()) {
      NDArray result = body.apply(scope);
      result.attach(parent);
      return result;
    }
  }

  /** Runs {@code body} in a child of {@code parent} and frees everything it made; returns plain data. */
  public static <T> T compute(NDManager parent, Function<NDManager, T> body) {
    try (NDManager scope = parent.newSubManager()) {
      T result = body.apply(scope);
      if (result instanceof NDArray) {
        throw new IllegalStateException("an NDArray must not escape its scope; use keep()");
      }
      return result;
    }
  }

  /** Number of arrays a manager holds directly: flat across steps when nothing leaks. */
  public static int arrayCount(NDManager manager) {
    return manager.getManagedArrays().size();
  }
}
