package dev.zoetrope.cli;

import dev.zoetrope.config.Json;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope detect}: is this video ours? Invisible watermark and C2PA credentials. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = {
      "Look for Zoetrope's invisible watermark and validate the file's C2PA manifest.",
      "The watermark carries a model/job payload. The manifest is trusted when it chains to the root CA in the"
          + " provenance key folder.",
      "Prints {\"watermark\":{\"detected\",\"confidence\",\"payload\",…},\"c2pa\":{\"present\",\"valid\",\"generator\",…}}."
    },
    footer = {"", "Examples:", "  zoetrope detect video.mp4", "  zoetrope detect --keys /etc/zoetrope/provenance downloaded.mp4"})
public final class DetectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.mp4", description = "Video to check (any format FFmpeg reads; C2PA is read from MP4).")
  Path file;

  @Option(names = "--keys", paramLabel = "DIR", description = "Provenance key folder whose root CA to trust (default: $ZOETROPE_PROVENANCE_DIR or ~/.zoetrope/provenance).")
  Path keys;

  @Override
  public Integer call() throws Exception {
    if (Files.isDirectory(file)) throw new IllegalArgumentException(file + " is a folder, not a video file");
    if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "no such video file");
    Provenance.Report report = Provenance.detect(file, keys == null ? Provenance.keysDirectory() : keys, WatermarkConfig.defaults());
    Map<String, Object> watermark = new LinkedHashMap<>();
    watermark.put("detected", report.watermark().detected());
    watermark.put("confidence", report.watermark().confidence());
    watermark.put("payload", report.watermark().payload() == null ? null : report.watermark().payload().hex());
    watermark.put("score", Math.round(report.watermark().score() * 100) / 100.0);
    watermark.put("scale", Math.round(report.watermark().scale() * 1000) / 1000.0);
    Map<String, Object> c2pa = new LinkedHashMap<>();
    c2pa.put("present", report.c2pa().present());
    c2pa.put("valid", report.c2pa().valid());
    c2pa.put("trusted", report.c2pa().trusted());
    c2pa.put("generator", report.c2pa().generator());
    c2pa.put("digital_source_type", report.c2pa().digitalSourceType());
    c2pa.put("problems", report.c2pa().problems());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("watermark", watermark);
    out.put("c2pa", c2pa);
    System.out.println(Json.write(out));
    return 0;
  }
}
