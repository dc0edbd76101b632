package dev.zoetrope.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the child JVMs of the process tests: runs the production API node or worker node
 * (the same calls as `zoetrope serve` / `zoetrope worker`) on the test model.
 * Arguments: serve|worker DATA_DIR JDBC_URL|- WORKERS [PORT_FILE].
 */
public final class ServerProcess {
  public static void main(String[] args) throws Exception {
    String role = args[0];
    Path dataDir = Path.of(args[1]);
    String jdbcUrl = args[2].equals("-") ? null : args[2];
    int workers = Integer.parseInt(args[3]);
    ServerConfig config = TestServer.config(dataDir, workers).withDatabase(jdbcUrl).withAuth(false);
    AutoCloseable node;
    if (role.equals("serve")) {
      ZoetropeServer server = ZoetropeServer.start(config, TestModels.factory(), service -> java.util.Optional.empty(), System.out);
      Path portFile = Path.of(args[4]);
      Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), Integer.toString(server.port()));
      Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile);
      node = server;
    } else {
      node = WorkerNode.start(config, TestModels.factory());
    }
    PrintStream out = System.out;
    out.println("ready " + role + " pid " + ProcessHandle.current().pid());
    out.flush();
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (Exception ignored) {
        // exiting anyway
      }
    }));
    forever.await();
  }
}
