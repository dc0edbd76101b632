package dev.zoetrope.server.keys;

import dev.zoetrope.server.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The api_keys table. Secrets are 256 random bits, so one SHA-256 (no salt, no slow hash) is enough
 * to make a stolen table useless: there is nothing to guess.
 */
public final class ApiKeyStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_PREFIX = "zt-";
  private static final String COLUMNS = "id, owner, name, prefix, created_at, revoked_at, max_concurrent, max_per_day";

  private final Database database;

  public ApiKeyStore(Database database) {
    this.database = database;
  }

  /** A new key and its secret, which is shown once and never stored. */
  public record CreatedKey(ApiKey key, String secret) {}

  public CreatedKey create(String owner, String name, Quota quota, long now) {
    if (owner == null || owner.isBlank() || owner.length() > 200) throw new IllegalArgumentException("owner must be 1–200 characters");
    if (name == null || name.length() > 200) throw new IllegalArgumentException("name must be at most 200 characters");
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    ApiKey key = new ApiKey("key_" + HexFormat.of().formatHex(randomBytes(8)), owner, name,
        secret.substring(0, 9), now, null, quota);
    database.withConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO api_keys (" + COLUMNS
          + ", secret_hash) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)")) {
        s.setString(1, key.id());
        s.setString(2, key.owner());
        s.setString(3, key.name());
        s.setString(4, key.prefix());
        s.setLong(5, key.createdAt());
        s.setInt(6, quota.maxConcurrent());
        s.setInt(7, quota.maxPerDay());
        s.setString(8, hash(secret));
        return s.executeUpdate();
      }
    });
    return new CreatedKey(key, secret);
  }

  /** The live key whose secret this is; empty for unknown or revoked secrets. */
  public Optional<ApiKey> authenticate(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) return Optional.empty();
    return database.withConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM api_keys WHERE secret_hash = ? AND revoked_at IS NULL")) {
        s.setString(1, hash(secret));
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(read(r)) : Optional.<ApiKey>empty();
        }
      }
    });
  }

  public List<ApiKey> list() {
    return database.withConnection(c -> {
      List<ApiKey> keys = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, id");
          ResultSet r = s.executeQuery()) {
        while (r.next()) keys.add(read(r));
      }
      return keys;
    });
  }

  /** Revokes by id ("key_…"); false when no live key has that id. */
  public boolean revoke(String id, long now) {
    return database.withConnection(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
        s.setLong(1, now);
        s.setString(2, id);
        return s.executeUpdate() == 1;
      }
    });
  }

  public boolean anyKeys() {
    return database.withConnection(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM api_keys");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    });
  }

  static String hash(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static ApiKey read(ResultSet r) throws SQLException {
    long revoked = r.getLong("revoked_at");
    Long revokedAt = r.wasNull() ? null : revoked;
    return new ApiKey(r.getString("id"), r.getString("owner"), r.getString("name"), r.getString("prefix"),
        r.getLong("created_at"), revokedAt, new Quota(r.getInt("max_concurrent"), r.getInt("max_per_day")));
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
