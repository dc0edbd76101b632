package dev.zoetrope.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void noAuthIsLoopbackOnly() {
    ServerConfig config = ServerConfig.defaults(Path.of("data"), null);
    config.withAuth(false).withHost("127.0.0.1");
    config.withAuth(false).withHost("::1");
    config.withAuth(false).withHost("localhost");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> config.withHost("0.0.0.0").withAuth(false));
    assertTrue(refused.getMessage().contains("loopback"));
  }

  @Test
  void embeddedDatabaseByDefault() {
    assertTrue(ServerConfig.defaults(Path.of("data"), null).jdbcUrl().startsWith("jdbc:h2:file:"));
  }

  @Test
  void promptsAreExpandedByDefaultAndEveryOtherSettingSurvivesTurningItOff() {
    ServerConfig config = ServerConfig.defaults(Path.of("data"), null).withPort(9000).withWorkers(3);
    assertTrue(config.expandPrompts());
    ServerConfig asWritten = config.withPromptExpansion(false);
    assertFalse(asWritten.expandPrompts());
    assertFalse(asWritten.withPort(9001).withDatabase("jdbc:h2:mem:x").expandPrompts(), "with-methods keep the setting");
    assertTrue(asWritten.port() == 9000 && asWritten.workers() == 3);
  }
}
