package dev.zoetrope.safety.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exclusion list of a BMFF hash assertion, limited to what this writer emits and can check:
 * whole top-level boxes by path, optionally only when bytes at an offset match (how the C2PA box
 * itself is singled out among {@code uuid} boxes).
 */
public record BmffExclusions(List<Exclusion> exclusions) {
  public BmffExclusions {
    exclusions = List.copyOf(exclusions);
  }

  /** Bytes that must appear at {@code offset} from the start of the box. */
  public record DataMatch(long offset, byte[] value) {}

  public record Exclusion(String xpath, List<DataMatch> data) {
    public Exclusion {
      if (!xpath.matches("/[\\x20-\\x7e]{4}")) {
        throw new IllegalArgumentException("only top-level box exclusions are supported, got " + xpath);
      }
      data = List.copyOf(data);
    }
  }

  /**
   * The C2PA box itself, {@code ftyp} (brands may change when a manifest is added) and {@code mfra}
   * (a fragment index that is rewritten when fragments move): the set the C2PA SDK accepts without
   * an "additional exclusions" notice.
   */
  public static BmffExclusions defaults() {
    return new BmffExclusions(List.of(
        new Exclusion("/uuid", List.of(new DataMatch(8, IsoBmff.C2PA_UUID))),
        new Exclusion("/ftyp", List.of()),
        new Exclusion("/mfra", List.of())));
  }

  boolean excludes(byte[] file, IsoBmff.Box box) {
    for (Exclusion exclusion : exclusions) {
      if (!exclusion.xpath().substring(1).equals(box.type())) continue;
      boolean matches = true;
      for (DataMatch match : exclusion.data()) {
        long from = box.offset() + match.offset();
        long to = from + match.value().length;
        if (to > box.end() || !Arrays.equals(file, (int) from, (int) to, match.value(), 0, match.value().length)) {
          matches = false;
        }
      }
      if (matches) return true;
    }
    return false;
  }

  List<Object> toCbor() {
    List<Object> list = new ArrayList<>();
    for (Exclusion exclusion : exclusions) {
      Map<Object, Object> map = new LinkedHashMap<>();
      map.put("xpath", exclusion.xpath());
      if (!exclusion.data().isEmpty()) {
        List<Object> data = new ArrayList<>();
        for (DataMatch match : exclusion.data()) data.add(Cbor.map("offset", match.offset(), "value", match.value()));
        map.put("data", data);
      }
      list.add(map);
    }
    return list;
  }

  static BmffExclusions fromCbor(Object value) {
    if (!(value instanceof List<?> list)) throw new IllegalArgumentException("exclusions is not an array");
    List<Exclusion> exclusions = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map) || !(map.get("xpath") instanceof String xpath)) {
        throw new IllegalArgumentException("exclusion without xpath");
      }
      for (Object key : map.keySet()) {
        if (!key.equals("xpath") && !key.equals("data")) {
          throw new IllegalArgumentException("unsupported exclusion field " + key);
        }
      }
      List<DataMatch> data = new ArrayList<>();
      if (map.get("data") instanceof List<?> matches) {
        for (Object match : matches) {
          Map<?, ?> fields = (Map<?, ?>) match;
          data.add(new DataMatch((Long) fields.get("offset"), (byte[]) fields.get("value")));
        }
      }
      exclusions.add(new Exclusion(xpath, data));
    }
    return new BmffExclusions(exclusions);
  }
}
