package dev.zoetrope.safety;

import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.VideoReader;
import dev.zoetrope.safety.provenance.C2paReader;
import dev.zoetrope.safety.provenance.C2paStatus;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Detection;
import dev.zoetrope.safety.watermark.MeanLuma;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.safety.watermark.WatermarkDetector;
import dev.zoetrope.safety.watermark.WatermarkEmbedder;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The last step of every generation: invisible watermark (model and job), H.264 MP4, C2PA content
 * credentials. And the reverse, {@link #detect}, for {@code zoetrope detect}.
 */
public final class Provenance {
  /** Claim generator name written into every manifest. */
  public static final String GENERATOR = "Zoetrope";
  /** Environment variable naming the provenance key folder (default ~/.zoetrope/provenance). */
  public static final String KEYS_ENVIRONMENT = "ZOETROPE_PROVENANCE_DIR";

  private Provenance() {}

  /** The project version, from the jar manifest (0.1.0 when running from classes). */
  public static String version() {
    String version = Provenance.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0" : version;
  }

  public static Path keysDirectory() {
    String configured = System.getenv(KEYS_ENVIRONMENT);
    return configured == null || configured.isBlank() ? ProvenanceKeys.defaultDirectory() : Path.of(configured);
  }

  /**
   * Watermarks {@code frames} with the model and job, writes them as H.264 MP4 and signs the file
   * with a C2PA manifest, using (and on first use creating) the keys in {@link #keysDirectory()}.
   * {@code outMp4} appears complete or not at all.
   */
  public static void finish(Video frames, Path outMp4, String modelId, String jobId) throws IOException {
    finish(frames, outMp4, modelId, jobId, ProvenanceKeys.loadOrCreate(keysDirectory()), WatermarkConfig.defaults());
  }

  public static void finish(
      Video frames, Path outMp4, String modelId, String jobId, ProvenanceKeys keys, WatermarkConfig config)
      throws IOException {
    Objects.requireNonNull(frames, "frames");
    Video marked = new WatermarkEmbedder(config).embed(frames, Payload.of(modelId, jobId));
    writeSigned(marked, outMp4, credentials(keys), "Zoetrope video " + jobId);
  }

  /** Signs as "Zoetrope/<version>" with {@code keys}. */
  public static C2paWriter credentials(ProvenanceKeys keys) {
    return new C2paWriter(keys, GENERATOR, version());
  }

  /**
   * Encodes {@code frames} as H.264 MP4 and signs it into {@code target}: the one encode-then-sign
   * sequence. The unsigned file is a sibling with the usual permissions (not owner-only), removed
   * afterwards; {@code target} appears complete or not at all.
   */
  public static void writeSigned(Video frames, Path target, C2paWriter credentials, String title) throws IOException {
    Path unsigned = AtomicFiles.temporarySibling(target);
    try {
      Mp4Writer.write(frames, unsigned);
      credentials.sign(unsigned, target, title);
    } finally {
      AtomicFiles.discard(unsigned);
    }
  }

  /** What {@code zoetrope detect} reports for a file. */
  public record Report(Detection watermark, C2paStatus c2pa) {}

  /**
   * Looks for the watermark (decoding the file frame by frame) and validates the C2PA manifest,
   * trusting the root certificate in {@code keysDirectory} when there is one.
   */
  public static Report detect(Path mp4, Path keysDirectory, WatermarkConfig config) throws IOException {
    MeanLuma[] mean = new MeanLuma[1];
    VideoReader.stream(mp4, (info, index, seconds, rgb) -> {
      if (mean[0] == null) mean[0] = new MeanLuma(info.width(), info.height());
      mean[0].add(rgb);
      return true;
    });
    if (mean[0] == null) throw new IOException(mp4 + " has no video frames");
    Detection watermark = new WatermarkDetector(config).detect(mean[0]);
    X509Certificate anchor = null;
    Path root = keysDirectory.resolve(ProvenanceKeys.ROOT_CERT);
    if (Files.isRegularFile(root)) anchor = ProvenanceKeys.readCertificate(root);
    return new Report(watermark, C2paReader.read(mp4, anchor));
  }
}
