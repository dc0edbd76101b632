package dev.zoetrope.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The safetensors format: an 8-byte little-endian header length, a JSON header
 * {name: {dtype, shape, data_offsets}}, then raw little-endian tensor bytes. F32 and F16 are
 * written and read; every tensor is returned as float32 values.
 */
public final class Safetensors {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long MAX_HEADER = 100L << 20;

  /** A tensor as read: its stored dtype, shape and float values. */
  public record Tensor(String dtype, long[] shape, float[] values) {}

  private Safetensors() {}

  public static void write(Path file, Map<String, Tensor> tensors, boolean fp16, Map<String, String> metadata) throws IOException {
    ObjectNode header = MAPPER.createObjectNode();
    if (metadata != null && !metadata.isEmpty()) {
      ObjectNode meta = header.putObject("__metadata__");
      metadata.forEach(meta::put);
    }
    long offset = 0;
    int bytesPerValue = fp16 ? 2 : 4;
    for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
      long size = (long) entry.getValue().values().length * bytesPerValue;
      ObjectNode node = header.putObject(entry.getKey());
      node.put("dtype", fp16 ? "F16" : "F32");
      var shape = node.putArray("shape");
      for (long dim : entry.getValue().shape()) shape.add(dim);
      node.putArray("data_offsets").add(offset).add(offset + size);
      offset += size;
    }
    byte[] json = MAPPER.writeValueAsBytes(header);
    int padded = (json.length + 7) / 8 * 8;
    byte[] headerBytes = new byte[padded];
    System.arraycopy(json, 0, headerBytes, 0, json.length);
    for (int i = json.length; i < padded; i++) headerBytes[i] = ' ';
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).array());
      out.write(headerBytes);
      for (Tensor tensor : tensors.values()) {
        ByteBuffer buffer = ByteBuffer.allocate(tensor.values().length * bytesPerValue).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : tensor.values()) {
          if (fp16) buffer.putShort(HalfFloat.fromFloat(v));
          else buffer.putFloat(v);
        }
        out.write(buffer.array());
      }
    }
  }

  /** Reads every tensor; any structural problem is a {@link CheckpointException} naming the file. */
  public static Map<String, Tensor> read(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CheckpointException(name, null, "cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length < 8) throw new CheckpointException(name, null, "is truncated (" + bytes.length + " bytes)");
    long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > bytes.length) {
      throw new CheckpointException(name, null, "has an invalid header length " + headerLength + " (not a safetensors file, or truncated)");
    }
    JsonNode header;
    try {
      header = MAPPER.readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CheckpointException(name, null, "has a header that is not valid JSON");
    }
    long dataStart = 8 + headerLength, dataLength = bytes.length - dataStart;
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equals("__metadata__")) continue;
      tensors.put(entry.getKey(), tensor(name, entry.getKey(), entry.getValue(), bytes, dataStart, dataLength));
    }
    return tensors;
  }

  private static Tensor tensor(String file, String tensor, JsonNode node, byte[] bytes, long dataStart, long dataLength) {
    String dtype = node.path("dtype").asText("");
    int width = switch (dtype) {
      case "F32" -> 4;
      case "F16" -> 2;
      default -> throw new CheckpointException(file, tensor, "has dtype '" + dtype + "'; only F32 and F16 are supported");
    };
    JsonNode shapeNode = node.path("shape"), offsets = node.path("data_offsets");
    if (!shapeNode.isArray() || !offsets.isArray() || offsets.size() != 2) {
      throw new CheckpointException(file, tensor, "has no valid shape or data_offsets");
    }
    long[] shape = new long[shapeNode.size()];
    long count = 1;
    for (int i = 0; i < shape.length; i++) count *= (shape[i] = shapeNode.get(i).asLong());
    long begin = offsets.get(0).asLong(), end = offsets.get(1).asLong();
    if (begin < 0 || end > dataLength || end - begin != count * width) {
      throw new CheckpointException(file, tensor, "data [" + begin + ", " + end + ") does not fit the file or its shape (file truncated?)");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, (int) (dataStart + begin), (int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[(int) count];
    for (int i = 0; i < values.length; i++) values[i] = width == 4 ? buffer.getFloat() : HalfFloat.toFloat(buffer.getShort());
    return new Tensor(dtype, shape, values);
  }
}
