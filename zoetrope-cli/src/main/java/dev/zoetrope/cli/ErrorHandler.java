package dev.zoetrope.cli;

import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on stderr and an exit code: 2 for bad input
 * ({@link IllegalArgumentException}, unreadable files), 1 for anything else. Set ZOETROPE_DEBUG=1
 * for the stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (ex instanceof ExitException exit) {
      cli.getErr().println("zoetrope: " + exit.getMessage());
      return exit.code();
    }
    String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
    cli.getErr().println("zoetrope: error: " + message);
    if (System.getenv("ZOETROPE_DEBUG") != null) ex.printStackTrace(cli.getErr());
    boolean badInput =
        ex instanceof IllegalArgumentException
            || ex instanceof java.io.FileNotFoundException
            || ex instanceof java.nio.file.NoSuchFileException;
    return badInput ? 2 : 1;
  }
}
