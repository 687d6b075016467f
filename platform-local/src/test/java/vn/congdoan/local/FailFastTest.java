package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailFastTest {
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(output, true, StandardCharsets.UTF_8);
  private final List<Integer> halted = new ArrayList<>();
  private Thread.UncaughtExceptionHandler before;

  @BeforeEach
  void install() {
    before = Thread.getDefaultUncaughtExceptionHandler();
    FailFast.install(err, halted::add);
  }

  @AfterEach
  void restore() {
    Thread.setDefaultUncaughtExceptionHandler(before);
  }

  private void dieIn(String name, RuntimeException error) throws InterruptedException {
    dieIn(name, () -> error);
  }

  private void dieIn(String name, Error error) throws InterruptedException {
    dieIn(
        name,
        () -> {
          throw error;
        });
  }

  private void dieIn(String name, java.util.function.Supplier<RuntimeException> failure)
      throws InterruptedException {
    Thread thread =
        new Thread(
            () -> {
              throw failure.get();
            },
            name);
    thread.start();
    thread.join();
  }

  @Test
  void aThreadDyingOfOutOfMemoryEndsTheProcessWithExitCode3AndSaysWhy() throws Exception {
    dieIn("mongo-worker-1", new OutOfMemoryError("Java heap space"));

    assertThat(halted).containsExactly(3);
    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("platform-local ran out of memory in thread mongo-worker-1")
        .contains("Java heap space")
        .contains("INFRA_JAVA_OPTS");
  }

  @Test
  void anOutOfMemoryWrappedInAnotherErrorCountsToo() throws Exception {
    dieIn("kafka-x", new RuntimeException(new OutOfMemoryError("Direct buffer memory")));

    assertThat(halted).containsExactly(3);
  }

  @Test
  void anyOtherUncaughtErrorEndsOnlyItsThread() throws Exception {
    dieIn("worker", new IllegalArgumentException("bad"));

    assertThat(halted).isEmpty();
  }
}
