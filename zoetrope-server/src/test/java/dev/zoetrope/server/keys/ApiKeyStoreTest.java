package dev.zoetrope.server.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.server.db.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyStoreTest {
  @TempDir Path dataDir;

  @Test
  void storesOnlyTheHashAuthenticatesAndRevokes() throws Exception {
    try (Database database = Database.open(Database.embeddedUrl(dataDir), 2)) {
      ApiKeyStore keys = new ApiKeyStore(database);
      assertFalse(keys.anyKeys());
      var created = keys.create("alice", "laptop", new Quota(2, 10), 1000);
      assertTrue(created.secret().startsWith("zt-") && created.secret().length() > 40);
      assertEquals("alice", keys.authenticate(created.secret()).orElseThrow().owner());
      assertTrue(keys.authenticate(created.secret() + "x").isEmpty());
      assertTrue(keys.authenticate("").isEmpty());

      try (var connection = database.dataSource().getConnection();
          ResultSet row = connection.createStatement().executeQuery("SELECT * FROM api_keys")) {
        row.next();
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
          assertFalse(String.valueOf(row.getObject(column)).contains(created.secret().substring(9)), "secret stored in column " + column);
        }
        assertEquals(ApiKeyStore.hash(created.secret()), row.getString("secret_hash"));
      }

      assertTrue(keys.revoke(created.key().id(), 2000));
      assertFalse(keys.revoke(created.key().id(), 3000), "already revoked");
      assertTrue(keys.authenticate(created.secret()).isEmpty());
      assertTrue(keys.list().get(0).revoked());
    }
  }
}
