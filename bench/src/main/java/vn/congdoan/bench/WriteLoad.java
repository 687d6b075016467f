package vn.congdoan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: each client sends its next write as soon as the previous one is answered. So the
 * latency is what a request saw with {@code clients} requests in flight; a stalled server lowers
 * the request rate rather than queueing more (no coordinated-omission correction is attempted).
 */
final class WriteLoad {
  /**
   * One write by client {@code client}; {@code seq} counts that client's writes from 0. A write
   * that is not an HTTP request (the store-only baseline's) answers a 2xx when it is done.
   */
  interface Write {
    PlatformClient.Response send(int client, long seq) throws Exception;
  }

  /**
   * What happened. Only writes started in the measured window count in {@code latencyMicros},
   * {@code writes} and {@code errors}; {@code lastAckNanos} is the last accepted write, warm-up
   * included.
   */
  record Result(
      Histogram latencyMicros,
      long writes,
      long windowNanos,
      Map<String, Long> errors,
      Map<String, String> errorSamples,
      long warmupErrors,
      long lastAckNanos) {

    double writesPerSecond() {
      return windowNanos == 0 ? 0 : writes * 1e9 / windowNanos;
    }
  }

  private static final class Client {
    final Histogram latency = new Histogram(3);
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, String> samples = new TreeMap<>();
    long writes;
    long warmupErrors;
    long lastEnd;
    long lastAck;
  }

  private final int clients;
  private final Duration warmup;
  private final Duration duration;

  WriteLoad(int clients, Duration warmup, Duration duration) {
    this.clients = clients;
    this.warmup = warmup;
    this.duration = duration;
  }

  /** Runs the load; {@code atWindowStart} runs on this thread when the measured window opens. */
  Result run(Write write, Runnable atWindowStart) throws InterruptedException {
    long start = System.nanoTime();
    long windowStart = start + warmup.toNanos();
    long end = windowStart + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Client>> futures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int id = i;
      futures.add(pool.submit(() -> loop(id, write, windowStart, end)));
    }
    pool.shutdown();
    TimeUnit.NANOSECONDS.sleep(Math.max(0, windowStart - System.nanoTime()));
    atWindowStart.run();

    var latency = new Histogram(3);
    Map<String, Long> errors = new TreeMap<>();
    Map<String, String> samples = new TreeMap<>();
    long writes = 0;
    long warmupErrors = 0;
    long lastEnd = windowStart;
    long lastAck = start;
    for (int i = 0; i < clients; i++) {
      Client c = join(futures.get(i));
      latency.add(c.latency);
      c.errors.forEach((k, n) -> errors.merge(k, n, Long::sum));
      c.samples.forEach(samples::putIfAbsent);
      writes += c.writes;
      warmupErrors += c.warmupErrors;
      lastEnd = Math.max(lastEnd, c.lastEnd);
      lastAck = Math.max(lastAck, c.lastAck);
    }
    return new Result(
        latency, writes, lastEnd - windowStart, errors, samples, warmupErrors, lastAck);
  }

  private static Client loop(int id, Write write, long windowStart, long end) {
    var c = new Client();
    for (long seq = 0; ; seq++) {
      long sent = System.nanoTime();
      if (sent >= end || Thread.currentThread().isInterrupted()) {
        return c;
      }
      String error;
      String detail;
      try {
        PlatformClient.Response r = write.send(id, seq);
        error = r.ok() ? null : "HTTP " + r.status();
        detail = r.body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return c;
      } catch (Exception e) {
        // a timeout or a refused connection is an error like a 5xx, never a write
        error = e.getClass().getSimpleName();
        detail = String.valueOf(e.getMessage());
      }
      long done = System.nanoTime();
      boolean measured = sent >= windowStart;
      if (error == null) {
        c.lastAck = done;
        if (measured) {
          c.writes++;
          c.latency.recordValue(TimeUnit.NANOSECONDS.toMicros(done - sent));
        }
      } else if (measured) {
        c.errors.merge(error, 1L, Long::sum);
        c.samples.putIfAbsent(error, detail);
      } else {
        c.warmupErrors++;
        c.samples.putIfAbsent(error, detail);
      }
      if (measured) {
        c.lastEnd = done;
      }
    }
  }

  private static Client join(Future<Client> future) throws InterruptedException {
    try {
      return future.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a client thread failed", e.getCause());
    }
  }
}
