package vn.congdoan.local;

import org.h2.mvstore.MVStore;

/**
 * Makes a write durable before it is acknowledged: the H2 store is committed and forced to disk
 * (fsync) once for every write finished before the commit began. Writers that finish while a commit
 * runs share the next one, so many concurrent writers pay for few fsyncs (group commit).
 *
 * <p>Without it the store committed in the background about once a second: a kill -9 of
 * platform-local lost the writes of that last second, though each had been answered "ok", and the
 * services went on from a state the store no longer had.
 */
final class GroupCommit implements AutoCloseable {
  private final MVStore store;
  private final Object lock = new Object();
  private final Thread committer;
  private long requested;
  private long durable;
  private RuntimeException failure;
  private boolean closed;

  GroupCommit(MVStore store) {
    this.store = store;
    this.committer = new Thread(this::run, "mongo-group-commit");
    committer.setDaemon(true);
    committer.start();
  }

  /** Returns once everything written before the call is on disk; throws if it cannot be. */
  void awaitDurable() {
    synchronized (lock) {
      long ticket = ++requested;
      lock.notifyAll();
      while (durable < ticket) {
        if (failure != null) {
          throw failure;
        }
        if (closed) {
          throw new IllegalStateException("The store is closing: the write may not be durable");
        }
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted before the write was durable", e);
        }
      }
    }
  }

  private void run() {
    while (true) {
      long target;
      synchronized (lock) {
        while (requested == durable && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        target = requested;
      }
      try {
        store.commit();
        store.sync();
        synchronized (lock) {
          durable = target;
          lock.notifyAll();
        }
      } catch (RuntimeException e) {
        synchronized (lock) {
          // A store that cannot write says so to every writer from now on, never "ok".
          failure = e;
          lock.notifyAll();
        }
        return;
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      committer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
