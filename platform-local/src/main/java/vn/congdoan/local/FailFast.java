package vn.congdoan.local;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;

/**
 * Ends the embedded stack when the JVM runs out of memory, instead of leaving a process whose
 * broker and store threads died while it lingers in a GC spiral and still looks alive to {@code
 * ./platform up}. The JVM flag {@code -XX:+ExitOnOutOfMemoryError} (the script always passes it)
 * covers every thread, also those that catch the error themselves as Kafka's do; this handler
 * covers threads without one of their own when the jar is started by hand without the flag.
 */
final class FailFast {
  /** The exit code the JVM itself uses for -XX:+ExitOnOutOfMemoryError. */
  static final int OUT_OF_MEMORY = 3;

  private FailFast() {}

  /**
   * Installs the handler for threads that have none.
   *
   * @param halt ends the process; {@code Runtime::halt} in production: the shutdown hooks would
   *     need memory there is none of, and the broker's and store's files recover from a halt
   */
  static void install(PrintStream err, IntConsumer halt) {
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          if (isOutOfMemory(error)) {
            err.println(
                "platform-local ran out of memory in thread "
                    + thread.getName()
                    + " ("
                    + error
                    + "); stopping with exit code "
                    + OUT_OF_MEMORY
                    + ". Raise -Xmx in INFRA_JAVA_OPTS.");
            err.flush();
            halt.accept(OUT_OF_MEMORY);
          } else if (previous != null) {
            previous.uncaughtException(thread, error);
          } else {
            err.println("Exception in thread \"" + thread.getName() + "\" " + error);
            error.printStackTrace(err);
          }
        });
  }

  static boolean isOutOfMemory(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Whether this JVM was started with -XX:+ExitOnOutOfMemoryError (or crashes on it). */
  static boolean jvmExitsOnOutOfMemory() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(
            a ->
                a.equals("-XX:+ExitOnOutOfMemoryError")
                    || a.equals("-XX:+CrashOnOutOfMemoryError"));
  }
}
