package dev.zoetrope.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.zoetrope.compute.Tensors;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named weights of one network, owned by one manager. Names are the weight paths in safetensors
 * files. Forward code only ever uses these arrays as second operands, so intermediates land in the
 * caller's step manager and this manager's array count stays constant.
 */
public final class Parameters implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, NDArray> arrays = new LinkedHashMap<>();
  /** A view shares another set's arrays and owns nothing. */
  private final boolean view;

  public Parameters(NDManager manager) {
    this(manager, false);
  }

  private Parameters(NDManager manager, boolean view) {
    this.manager = manager;
    this.view = view;
  }

  /**
   * The parameters whose names start with {@code prefix}, sharing this set's arrays (training one
   * part of a network): updates through the view change this set; closing the view closes nothing.
   */
  public Parameters view(String prefix) {
    Parameters part = new Parameters(manager, true);
    arrays.forEach((name, array) -> {
      if (name.startsWith(prefix)) part.arrays.put(name, array);
    });
    if (part.arrays.isEmpty()) throw new IllegalArgumentException("no parameter starts with '" + prefix + "'");
    return part;
  }

  public NDManager manager() {
    return manager;
  }

  public NDArray get(String name) {
    NDArray array = arrays.get(name);
    if (array == null) throw new IllegalArgumentException("no parameter '" + name + "'");
    return array;
  }

  /** Adds a parameter from Java values. */
  public void put(String name, float[] values, long... shape) {
    if (arrays.containsKey(name)) throw new IllegalArgumentException("duplicate parameter '" + name + "'");
    NDArray array = Tensors.of(manager, values, shape);
    array.setName(name);
    arrays.put(name, array);
  }

  public Map<String, NDArray> all() {
    return Collections.unmodifiableMap(arrays);
  }

  public Map<String, Shape> shapes() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    arrays.forEach((name, array) -> shapes.put(name, array.getShape()));
    return shapes;
  }

  public long count() {
    return arrays.values().stream().mapToLong(a -> a.getShape().size()).sum();
  }

  public Map<String, float[]> toFloats() {
    Map<String, float[]> values = new LinkedHashMap<>();
    arrays.forEach((name, array) -> values.put(name, array.toFloatArray()));
    return values;
  }

  /** Overwrites values in place (shapes must match: checked by the checkpoint loader first). */
  public void load(Map<String, float[]> values) {
    for (Map.Entry<String, NDArray> entry : arrays.entrySet()) {
      float[] data = values.get(entry.getKey());
      if (data == null) throw new IllegalArgumentException("missing tensor '" + entry.getKey() + "'");
      entry.getValue().set(data);
    }
  }

  /** A copy with its own manager (EMA weights, or a frozen snapshot). */
  public Parameters copy(NDManager target) {
    Parameters copy = new Parameters(target);
    arrays.forEach((name, array) -> copy.put(name, array.toFloatArray(), array.getShape().getShape()));
    return copy;
  }

  public void requireGradients() {
    arrays.values().forEach(array -> array.setRequiresGradient(true));
  }

  /** DJL never clears gradients between backward passes: do it after every update. */
  public void zeroGradients() {
    arrays.values().forEach(array -> JniUtils.zeroGrad((PtNDArray) array));
  }

  @Override
  public void close() {
    if (!view) manager.close();
  }
}
