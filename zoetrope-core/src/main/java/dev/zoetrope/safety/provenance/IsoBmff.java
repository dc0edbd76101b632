package dev.zoetrope.safety.provenance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The parts of ISO BMFF (MP4) that C2PA needs: the top-level box list, the C2PA {@code uuid} box,
 * inserting it after {@code ftyp} while fixing the chunk offsets in {@code moov}, and the
 * {@code c2pa.hash.bmff.v2} hash. Files are handled in memory: generated clips are small.
 */
public final class IsoBmff {
  /** The extended type of the C2PA ContentProvenanceBox: D8FEC3D6-1B0E-483C-9297-5828877EC481. */
  public static final byte[] C2PA_UUID = HexFormat.of().parseHex("D8FEC3D61B0E483C92975828877EC481");

  private static final Set<String> CHUNK_OFFSET_PARENTS = Set.of("moov", "trak", "mdia", "minf", "stbl");

  private IsoBmff() {}

  /** A box: its type, where it starts and its total size; {@code userType} for 'uuid' boxes. */
  public record Box(String type, long offset, long size, int headerSize, byte[] userType) {
    public long end() {
      return offset + size;
    }

    public boolean isC2pa() {
      return type.equals("uuid") && Arrays.equals(userType, C2PA_UUID);
    }
  }

  public static List<Box> topLevel(byte[] file) {
    return children(file, 0, file.length);
  }

  static List<Box> children(byte[] file, long start, long end) {
    List<Box> boxes = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(file);
    long position = start;
    while (position + 8 <= end) {
      long size = buffer.getInt((int) position) & 0xffffffffL;
      String type = new String(file, (int) position + 4, 4, StandardCharsets.ISO_8859_1);
      int headerSize = 8;
      if (size == 1) {
        size = buffer.getLong((int) position + 8);
        headerSize = 16;
      } else if (size == 0) {
        size = end - position; // box extends to the end of its parent
      }
      if (size < headerSize || position + size > end) {
        throw new IllegalArgumentException("MP4 box '" + type + "' at " + position + " has bad size " + size);
      }
      byte[] userType = null;
      if (type.equals("uuid") && size >= headerSize + 16) {
        userType = Arrays.copyOfRange(file, (int) position + headerSize, (int) position + headerSize + 16);
      }
      boxes.add(new Box(type, position, size, headerSize, userType));
      position += size;
    }
    if (position != end) throw new IllegalArgumentException("MP4 has trailing bytes at " + position);
    return boxes;
  }

  /**
   * The C2PA box content for a manifest store: version/flags 0, purpose "manifest", a zero offset
   * to auxiliary Merkle boxes, then the JUMBF store (C2PA spec, "Embedding manifests into BMFF").
   */
  public static byte[] c2paBox(byte[] manifestStore) {
    byte[] purpose = "manifest\0".getBytes(StandardCharsets.US_ASCII);
    int size = 8 + 16 + 4 + purpose.length + 8 + manifestStore.length;
    ByteBuffer box = ByteBuffer.allocate(size);
    box.putInt(size).put("uuid".getBytes(StandardCharsets.US_ASCII)).put(C2PA_UUID);
    box.putInt(0).put(purpose).putLong(0).put(manifestStore);
    return box.array();
  }

  /** The JUMBF manifest store inside a C2PA box. */
  public static byte[] manifestStoreOf(byte[] file, Box c2pa) {
    int position = (int) c2pa.offset() + c2pa.headerSize() + 16 + 4;
    while (position < c2pa.end() && file[position] != 0) position++; // purpose, null-terminated
    position += 1 + 8; // terminator and Merkle offset
    if (position > c2pa.end()) throw new IllegalArgumentException("C2PA box truncated");
    return Arrays.copyOfRange(file, position, (int) c2pa.end());
  }

  /**
   * Inserts {@code box} right after {@code ftyp}, shifting every stco/co64 chunk offset so the
   * moved media data is still found. Fragmented MP4 (moof) is refused.
   */
  public static byte[] insertAfterFtyp(byte[] file, byte[] box) {
    List<Box> boxes = topLevel(file);
    if (boxes.isEmpty() || !boxes.get(0).type().equals("ftyp")) {
      throw new IllegalArgumentException("MP4 does not start with an ftyp box");
    }
    for (Box top : boxes) {
      if (top.type().equals("moof")) throw new IllegalArgumentException("fragmented MP4 is not supported");
      if (top.isC2pa()) throw new IllegalArgumentException("MP4 already carries a C2PA manifest");
    }
    int at = (int) boxes.get(0).end();
    byte[] out = new byte[file.length + box.length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(box, 0, out, at, box.length);
    System.arraycopy(file, at, out, at + box.length, file.length - at);
    for (Box top : topLevel(out)) {
      if (top.type().equals("moov")) shiftChunkOffsets(out, top, box.length, at);
    }
    return out;
  }

  private static void shiftChunkOffsets(byte[] file, Box parent, long shift, long insertedAt) {
    ByteBuffer buffer = ByteBuffer.wrap(file);
    for (Box child : children(file, parent.offset() + parent.headerSize(), parent.end())) {
      if (CHUNK_OFFSET_PARENTS.contains(child.type())) {
        shiftChunkOffsets(file, child, shift, insertedAt);
      } else if (child.type().equals("stco") || child.type().equals("co64")) {
        boolean wide = child.type().equals("co64");
        int entries = buffer.getInt((int) child.offset() + child.headerSize() + 4);
        int first = (int) child.offset() + child.headerSize() + 8;
        for (int i = 0; i < entries; i++) {
          if (wide) {
            long offset = buffer.getLong(first + 8 * i);
            if (offset >= insertedAt) buffer.putLong(first + 8 * i, offset + shift);
          } else {
            long offset = buffer.getInt(first + 4 * i) & 0xffffffffL;
            if (offset >= insertedAt) offset += shift;
            if (offset > 0xffffffffL) throw new IllegalArgumentException("chunk offset overflows stco");
            buffer.putInt(first + 4 * i, (int) offset);
          }
        }
      }
    }
  }

  /**
   * SHA-256 for {@code c2pa.hash.bmff.v2}: every top-level box that is not excluded contributes its
   * file offset (8 bytes, big-endian) followed by its bytes, in file order, so boxes cannot be moved
   * without breaking the hash.
   */
  public static byte[] hashV2(byte[] file, BmffExclusions exclusions) {
    MessageDigest digest = sha256();
    ByteBuffer offset = ByteBuffer.allocate(8);
    for (Box box : topLevel(file)) {
      if (exclusions.excludes(file, box)) continue;
      digest.update(offset.clear().putLong(box.offset()).array());
      digest.update(file, (int) box.offset(), (int) box.size());
    }
    return digest.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
