package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path data;

  private record Run(int code, String out) {}

  private Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    try {
      return new Run(Main.commandLine().execute(args), captured.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void createListRevoke() {
    Run created = run("keys", "create", "--data", data.toString(), "--owner", "alice", "--name", "laptop");
    assertEquals(0, created.code());
    Matcher secret = Pattern.compile("(zt-\\S+)").matcher(created.out());
    assertTrue(secret.find(), created.out());
    Matcher id = Pattern.compile("(key_[0-9a-f]{16})").matcher(created.out());
    assertTrue(id.find());

    Run listed = run("keys", "list", "--data", data.toString());
    assertTrue(listed.out().contains(id.group(1)) && listed.out().contains("alice") && listed.out().contains("active"), listed.out());
    assertTrue(!listed.out().contains(secret.group(1)), "list never shows the secret");

    assertEquals(0, run("keys", "revoke", "--data", data.toString(), id.group(1)).code());
    assertTrue(run("keys", "list", "--data", data.toString()).out().contains("revoked"));
    assertEquals(2, run("keys", "revoke", "--data", data.toString(), id.group(1)).code(), "unknown or revoked key is bad input");
  }

  @Test
  void noAuthOffLoopbackIsRefused() {
    assertEquals(2, run("serve", "--data", data.toString(), "--no-auth", "--host", "0.0.0.0").code());
  }

  @Test
  void helpHasExamples() {
    for (String command : new String[] {"serve", "worker", "keys"}) {
      Run help = run(command, "--help");
      assertEquals(0, help.code());
      assertTrue(help.out().contains("Examples:"), command);
    }
    assertTrue(run("bench", "server", "--help").out().contains("Examples:"));
  }
}
