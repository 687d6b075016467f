package vn.congdoan.platform.infra.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class CommandWatchTest {
  private final AtomicLong now = new AtomicLong();
  private final CommandWatch watch =
      new CommandWatch(Duration.ofSeconds(10), Duration.ofSeconds(60), now::get);

  /** Runs a command on its own thread; the future holds what the thread saw at its end. */
  private CompletableFuture<String> run(InterceptorChain chain, CountDownLatch started) {
    return CompletableFuture.supplyAsync(
        () -> {
          var uow = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("admit"));
          try {
            Object result =
                uow.executeWithResult(
                        () ->
                            watch.handle(
                                uow,
                                () -> {
                                  started.countDown();
                                  return chain.proceed();
                                }))
                    .getPayload();
            return result + ", interrupted afterwards: " + Thread.currentThread().isInterrupted();
          } catch (Exception e) {
            return "failed";
          }
        });
  }

  @Test
  void aCommandThatEndsInTimeIsLeftAlone() throws Exception {
    var started = new CountDownLatch(1);
    var done = run(() -> "ok", started);
    assertThat(done.get(5, TimeUnit.SECONDS)).isEqualTo("ok, interrupted afterwards: false");
    now.addAndGet(Duration.ofMinutes(5).toNanos());
    assertThat(watch.check()).isZero();
  }

  @Test
  void aSlowCommandIsReportedThenInterruptedAndItsThreadLeftClean() throws Exception {
    var started = new CountDownLatch(1);
    // a handler that swallows the interrupt, as some libraries do, and ends normally
    var done =
        run(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(1_000_000);
              }
              return "gave up";
            },
            started);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(watch.check()).isZero();

    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(watch.check()).as("slow, warned").isEqualTo(1);
    Thread.sleep(50);
    assertThat(done).as("a warning does not interrupt").isNotDone();

    now.addAndGet(Duration.ofSeconds(50).toNanos());
    assertThat(watch.check()).isEqualTo(1);
    assertThat(done.get(5, TimeUnit.SECONDS)).isEqualTo("gave up, interrupted afterwards: false");
    assertThat(watch.check()).as("ended, no longer watched").isZero();
  }

  @Test
  void aCommandBlockedOnAnInterruptibleWaitFails() throws Exception {
    var started = new CountDownLatch(1);
    var done =
        run(
            () -> {
              Thread.sleep(30_000);
              return "slept";
            },
            started);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    now.addAndGet(Duration.ofSeconds(61).toNanos());
    watch.check();
    assertThat(done.get(5, TimeUnit.SECONDS)).isEqualTo("failed");
  }
}
