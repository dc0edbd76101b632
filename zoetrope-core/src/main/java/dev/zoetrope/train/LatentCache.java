package dev.zoetrope.train;

import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.Json;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.vae.Pixels;
import dev.zoetrope.vae.VideoAutoencoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.CRC32;

/**
 * A fixed pool of clips per bucket, encoded once by the frozen autoencoder and kept in the run
 * folder, so a transformer step costs only the transformer (at 128x128 the encoder's 3D convolutions
 * cost several small-DiT steps). Clip {@code i} of a bucket is a pure function of the seed, the
 * bucket and {@code i}, so a resumed run draws exactly the clips the uninterrupted run would have;
 * a pool file written by another encoder (or latent scale) is refused and rebuilt. The decoder does
 * not enter: a pool stays valid across a decoder-only fine-tune. Clips that mark their objects (the
 * world) keep each latent position's object coverage beside the latent, for {@code --object-weight}.
 */
public final class LatentCache implements ClipSource {
  public static final String FOLDER = "latents";
  private static final int MAGIC = 0x5A4C4333; // "ZLC3": video latents, first frames alone, object maps
  private static final int MAGIC_WITHOUT_MAPS = 0x5A4C4332; // "ZLC2": pools written before the object maps; read as they are
  private static final int ENCODE_BATCH = 4;

  /** What a run folder's pool was built with; read back on --resume. */
  public record Settings(int clipsPerBucket, long seed) {
    public Settings {
      if (clipsPerBucket < 1) throw new IllegalArgumentException("a latent cache needs at least 1 clip per bucket");
    }
  }

  /** {@code objects} is null when the clips marked no objects. */
  private record Pool(String[] captions, float[][] latents, float[][] images, float[][] objects, int[] shape) {}

  private final Path folder;
  private final ClipSource clips;
  private final VideoAutoencoder autoencoder;
  private final Settings settings;
  private final PrintStream log;
  private final long fingerprint;
  private final long legacyFingerprint;
  private final BooleanSupplier stopRequested;
  private final Map<Bucket, Pool> pools = new HashMap<>();

  private LatentCache(Path folder, ClipSource clips, VideoAutoencoder autoencoder, Settings settings, PrintStream log,
      BooleanSupplier stopRequested) {
    this.folder = folder;
    this.clips = clips;
    this.autoencoder = autoencoder;
    this.settings = settings;
    this.log = log;
    this.stopRequested = stopRequested;
    this.fingerprint = fingerprint(autoencoder);
    this.legacyFingerprint = legacyFingerprint(autoencoder);
  }

  /**
   * This pool, asking {@code stopRequested} between encoder batches: a yes abandons the bucket being
   * encoded (nothing of it is written; buckets already written stay) with {@link StopRequest.Stopped},
   * which the trainer turns into a clean stop. Encoding a large pool takes minutes to an hour.
   */
  public LatentCache withStopRequest(BooleanSupplier stopRequested) {
    return new LatentCache(folder, clips, autoencoder, settings, log, stopRequested);
  }

  /** A new pool in {@code runDir/latents} (its settings written there for --resume). */
  public static LatentCache create(Path runDir, ClipSource clips, VideoAutoencoder autoencoder, Settings settings, PrintStream log)
      throws IOException {
    Path folder = Files.createDirectories(runDir.resolve(FOLDER));
    Files.writeString(folder.resolve("settings.json"), Json.write(settings));
    return new LatentCache(folder, clips, autoencoder, settings, log, () -> false);
  }

  /** The pool a run folder was started with, or null when it trains without one. */
  public static LatentCache resume(Path runDir, ClipSource clips, VideoAutoencoder autoencoder, PrintStream log) throws IOException {
    Path settings = runDir.resolve(FOLDER).resolve("settings.json");
    if (!Files.exists(settings)) return null;
    return new LatentCache(runDir.resolve(FOLDER), clips, autoencoder, Json.read(settings, Settings.class), log, () -> false);
  }

  @Override
  public Clip clip(Bucket bucket, Rng rng) {
    Pool pool = pool(bucket);
    int i = rng.nextInt(settings.clipsPerBucket());
    int[] s = pool.shape();
    float[] objects = pool.objects() == null ? null : pool.objects()[i];
    return new Clip(null, pool.captions()[i], new Latent(pool.latents()[i], pool.images()[i], s[0], s[1], s[2], s[3], objects));
  }

  @Override
  public String describe() {
    return clips.describe() + "; " + settings.clipsPerBucket() + " clips per bucket, encoded once (latent cache, seed " + settings.seed() + ")";
  }

  private Pool pool(Bucket bucket) {
    return pools.computeIfAbsent(bucket, b -> {
      Path file = folder.resolve(b + ".bin");
      try {
        Pool loaded = Files.exists(file) ? read(file) : null;
        if (loaded != null) return loaded;
        Pool built = build(b);
        write(file, built);
        return built;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("latent cache " + file + ": " + e.getMessage(), e);
      }
    });
  }

  private Pool build(Bucket bucket) {
    int n = settings.clipsPerBucket();
    String[] captions = new String[n];
    float[][] latents = new float[n][], images = new float[n][], objects = new float[n][];
    boolean mapped = true;
    int[] shape = null;
    var config = autoencoder.config();
    ProgressBar bar = new ProgressBar(log, "encode " + bucket);
    long started = System.nanoTime();
    int perSample = 3 * bucket.frames() * bucket.height() * bucket.width();
    for (int first = 0; first < n; first += ENCODE_BATCH) {
      if (stopRequested.getAsBoolean()) {
        bar.done();
        throw new StopRequest.Stopped("while encoding the latent pool of bucket " + bucket + " (" + first + " of " + n + " clips; not kept)");
      }
      int count = Math.min(ENCODE_BATCH, n - first);
      float[] pixels = new float[count * perSample];
      for (int j = 0; j < count; j++) {
        Clip clip = clips.clip(bucket, Rng.derive(settings.seed() ^ bucket.toString().hashCode(), first + j));
        captions[first + j] = clip.caption();
        mapped &= clip.objects() != null;
        if (mapped) {
          objects[first + j] = ObjectMaps.toLatent(clip.objects(), bucket.frames(), bucket.height(), bucket.width(),
              config.temporalDownsample(), config.spatialDownsample());
        }
        System.arraycopy(Pixels.toFloats(clip.video(), 0, bucket.frames()), 0, pixels, j * perSample, perSample);
      }
      try (NDManager manager = Compute.newManager()) {
        var video = Tensors.of(manager, pixels, count, 3, bucket.frames(), bucket.height(), bucket.width()); // (B, 3, T, H, W)
        var latent = autoencoder.encode(video); // (B, C, F, h, w)
        long[] s = Tensors.shape(latent);
        shape = new int[] {(int) s[1], (int) s[2], (int) s[3], (int) s[4]};
        split(Tensors.floats(latent), latents, first, count);
        split(Tensors.floats(autoencoder.encode(video.get(":, :, 0:1"))), images, first, count); // (B, C, 1, h, w)
      }
      int done = first + count;
      double seconds = (System.nanoTime() - started) / 1e9;
      bar.show(done, n, String.format("%.1f clips/s", done / seconds), (n - done) * seconds / done, Math.max(1, n / 20 / ENCODE_BATCH * ENCODE_BATCH));
    }
    bar.done();
    return new Pool(captions, latents, images, mapped ? objects : null, shape);
  }

  private static void split(float[] values, float[][] into, int first, int count) {
    int size = values.length / count;
    for (int j = 0; j < count; j++) into[first + j] = java.util.Arrays.copyOfRange(values, j * size, (j + 1) * size);
  }

  private void write(Path file, Pool pool) throws IOException {
    Path temporary = AtomicFiles.temporarySibling(file);
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20))) {
      out.writeInt(MAGIC);
      out.writeLong(fingerprint);
      out.writeLong(settings.seed());
      out.writeInt(pool.latents().length);
      for (int v : pool.shape()) out.writeInt(v);
      out.writeBoolean(pool.objects() != null);
      for (int i = 0; i < pool.latents().length; i++) {
        out.writeUTF(pool.captions()[i]);
        writeFloats(out, pool.latents()[i]);
        writeFloats(out, pool.images()[i]);
        if (pool.objects() != null) writeFloats(out, pool.objects()[i]);
      }
    } catch (IOException | RuntimeException e) {
      AtomicFiles.discard(temporary);
      throw e;
    }
    AtomicFiles.commit(temporary, file);
  }

  /** The pool in {@code file}, or null (and a note) when it was built for other weights, seed or size. */
  private Pool read(Path file) throws IOException {
    try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      int magic = in.readInt();
      if (magic != MAGIC && magic != MAGIC_WITHOUT_MAPS) {
        log.println("latent cache " + file.getFileName() + " has another format: rebuilding");
        return null;
      }
      long weights = in.readLong(), seed = in.readLong();
      int n = in.readInt();
      int[] shape = {in.readInt(), in.readInt(), in.readInt(), in.readInt()};
      boolean sameEncoder = weights == fingerprint || weights == legacyFingerprint;
      if (!sameEncoder || seed != settings.seed() || n != settings.clipsPerBucket()) {
        log.println("latent cache " + file.getFileName() + " was built by another encoder or with other settings: rebuilding");
        return null;
      }
      boolean mapped = magic == MAGIC && in.readBoolean();
      String[] captions = new String[n];
      float[][] latents = new float[n][], images = new float[n][], objects = mapped ? new float[n][] : null;
      for (int i = 0; i < n; i++) {
        captions[i] = in.readUTF();
        latents[i] = readFloats(in, shape[0] * shape[1] * shape[2] * shape[3]);
        images[i] = readFloats(in, shape[0] * shape[2] * shape[3]);
        if (mapped) objects[i] = readFloats(in, shape[1] * shape[2] * shape[3]);
      }
      return new Pool(captions, latents, images, objects, shape);
    }
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(values);
    out.write(buffer.array());
  }

  private static float[] readFloats(DataInputStream in, int count) throws IOException {
    byte[] bytes = new byte[count * 4];
    in.readFully(bytes);
    float[] values = new float[count];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return values;
  }

  /** What the latents depend on, the latent scale and the encoder's weights: a pool is valid only for the encoder that built it. */
  static long fingerprint(VideoAutoencoder autoencoder) {
    return crc(autoencoder, "encoder.");
  }

  /** Pool files written before the decoder was left out hashed every weight; they stay valid for those weights. */
  static long legacyFingerprint(VideoAutoencoder autoencoder) {
    return crc(autoencoder, "");
  }

  private static long crc(VideoAutoencoder autoencoder, String prefix) {
    CRC32 crc = new CRC32();
    crc.update(Double.toString(autoencoder.config().latentScale()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (var entry : new java.util.TreeMap<>(autoencoder.weights().toFloats()).entrySet()) {
      if (!entry.getKey().startsWith(prefix)) continue;
      crc.update(entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      ByteBuffer buffer = ByteBuffer.allocate(entry.getValue().length * 4);
      buffer.asFloatBuffer().put(entry.getValue());
      crc.update(buffer.array());
    }
    return crc.getValue();
  }
}
