package dev.zoetrope.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Small conversions between Java arrays and tensors; data crosses the public API as float[]. */
public final class Tensors {
  private Tensors() {}

  public static NDArray of(NDManager manager, float[] values, long... shape) {
    Shape s = new Shape(shape);
    if (s.size() != values.length) {
      throw new IllegalArgumentException("shape " + s + " needs " + s.size() + " values, got " + values.length);
    }
    return manager.create(values, s);
  }

  public static float[] floats(NDArray array) {
    return array.getDataType() == DataType.FLOAT32 ? array.toFloatArray() : array.toType(DataType.FLOAT32, false).toFloatArray();
  }

  public static long[] shape(NDArray array) {
    return array.getShape().getShape();
  }
}
