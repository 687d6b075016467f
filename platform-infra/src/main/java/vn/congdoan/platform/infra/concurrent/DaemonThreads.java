package vn.congdoan.platform.infra.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for a service's own background work (timers, heartbeats, replays): daemons, so that none
 * keeps the JVM alive once Spring has closed, and named, so that a thread dump says whose they are.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Every thread it makes is a daemon called {@code name}. */
  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
