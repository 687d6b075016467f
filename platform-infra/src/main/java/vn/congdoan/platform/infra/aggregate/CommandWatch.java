package vn.congdoan.platform.infra.aggregate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;

/**
 * Watches the commands being handled: one still running after {@code warnAfter} is logged with
 * where its thread is now, and one still running after {@code interruptAfter} has its thread
 * interrupted, so that a command stuck on the store does not hold its aggregate's lock for good.
 *
 * <p>It stands in for Axon's own command timeouts, which do the same but take a full stack trace of
 * the handling thread at the start of every command (to name the caller in a warning almost never
 * given): 10% of membership-service's CPU under the bench. Here a command costs a set entry, and a
 * stack trace is taken only of a command already slow.
 */
public final class CommandWatch
    implements MessageHandlerInterceptor<CommandMessage<?>>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CommandWatch.class);

  private final long warnAfterNanos;
  private final long interruptAfterNanos;
  private final LongSupplier clock;
  private final Set<Running> running = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService janitor;

  /** Checks every {@code every} on a daemon thread of its own. */
  public CommandWatch(Duration warnAfter, Duration interruptAfter, Duration every) {
    this(warnAfter, interruptAfter, System::nanoTime);
    janitor.scheduleWithFixedDelay(
        this::check, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Checked only when {@link #check()} is called: for tests, with their own clock. */
  CommandWatch(Duration warnAfter, Duration interruptAfter, LongSupplier clock) {
    this.warnAfterNanos = warnAfter.toNanos();
    this.interruptAfterNanos = interruptAfter.toNanos();
    this.clock = clock;
    this.janitor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("command-watch"));
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    var command =
        new Running(
            unitOfWork.getMessage().getCommandName(), Thread.currentThread(), clock.getAsLong());
    running.add(command);
    try {
      return chain.proceed();
    } finally {
      running.remove(command);
      synchronized (command) {
        command.done = true;
        // an interrupt meant for this command must not reach the thread's next task
        if (command.interrupted) {
          Thread.interrupted();
        }
      }
    }
  }

  /** Warns of slow commands and interrupts those over their time; returns how many are slow. */
  int check() {
    long now = clock.getAsLong();
    int slow = 0;
    for (Running command : running) {
      long took = now - command.startedNanos;
      if (took >= interruptAfterNanos) {
        if (interrupt(command)) {
          LOG.error(
              "Command {} has run for {} ms: its thread {} is interrupted",
              command.name,
              TimeUnit.NANOSECONDS.toMillis(took),
              command.thread.getName());
        }
        slow++;
      } else if (took >= warnAfterNanos) {
        LOG.warn(
            "Command {} has run for {} ms; its thread {} is at:\n{}",
            command.name,
            TimeUnit.NANOSECONDS.toMillis(took),
            command.thread.getName(),
            Arrays.stream(command.thread.getStackTrace())
                .limit(40)
                .map(e -> "  at " + e)
                .collect(Collectors.joining("\n")));
        slow++;
      }
    }
    return slow;
  }

  /** Interrupts the command's thread once, unless the command has ended meanwhile. */
  private static boolean interrupt(Running command) {
    synchronized (command) {
      if (command.done || command.interrupted) {
        return false;
      }
      command.interrupted = true;
      command.thread.interrupt();
      return true;
    }
  }

  @Override
  public void close() {
    janitor.shutdownNow();
  }

  /** Identity equality: two commands of the same name on one thread are two entries. */
  private static final class Running {
    final String name;
    final Thread thread;
    final long startedNanos;
    boolean interrupted;
    boolean done;

    Running(String name, Thread thread, long startedNanos) {
      this.name = name;
      this.thread = thread;
      this.startedNanos = startedNanos;
    }
  }
}
