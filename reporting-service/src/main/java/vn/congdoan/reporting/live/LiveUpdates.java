package vn.congdoan.reporting.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.platform.infra.web.TooManyRequests;

/**
 * Tells open dashboards that figures changed, as server-sent events. Changes are gathered and sent
 * at most every {@code coalesce}: a burst of thousands of events is one refresh, not thousands.
 * Only which branches changed is said, never figures, so a subscriber confined to one branch learns
 * nothing about the others.
 */
public class LiveUpdates implements ApplicationListener<ContextClosedEvent>, AutoCloseable {
  /** A subscriber sees every branch's changes, or with {@code branch} only that branch's. */
  private record Subscriber(SseEmitter emitter, String branch, String user) {}

  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final Duration timeout;
  private final LiveSettings settings;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-updates"));

  public LiveUpdates(LiveSettings settings) {
    this.timeout = settings.timeout();
    this.settings = settings;
    long coalesce = settings.coalesce().toMillis();
    timer.scheduleWithFixedDelay(this::flush, coalesce, coalesce, TimeUnit.MILLISECONDS);
    long heartbeat = settings.heartbeat().toMillis();
    timer.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
  }

  /**
   * A new stream for {@code user}, or {@link TooManyRequests} when the user or everyone together
   * hold as many as allowed.
   */
  public SseEmitter subscribe(String branch, String user) {
    var subscriber = new Subscriber(new SseEmitter(timeout.toMillis()), branch, user);
    synchronized (subscribers) {
      if (subscribers.size() >= settings.maxTotal()) {
        throw new TooManyRequests(
            Refusal.of("reporting.live.all-open", settings.maxTotal()), settings.heartbeat());
      }
      long own = subscribers.stream().filter(s -> s.user().equals(user)).count();
      if (own >= settings.maxPerUser()) {
        throw new TooManyRequests(
            Refusal.of("reporting.live.user-open", own), settings.heartbeat());
      }
      subscribers.add(subscriber);
    }
    subscriber.emitter().onCompletion(() -> subscribers.remove(subscriber));
    subscriber.emitter().onTimeout(() -> subscribers.remove(subscriber));
    subscriber.emitter().onError(e -> subscribers.remove(subscriber));
    send(subscriber, SseEmitter.event().name("ready").data(Map.of("branch", nullable(branch))));
    return subscriber.emitter();
  }

  public int subscribers() {
    return subscribers.size();
  }

  /**
   * Called with the branches any instance's batch was recorded for; {@code ""} for a province-wide
   * change.
   */
  public void changed(Collection<String> branches) {
    changed.addAll(branches);
  }

  private void flush() {
    if (changed.isEmpty()) {
      return;
    }
    Set<String> branches = new TreeSet<>();
    for (String branch : List.copyOf(changed)) {
      changed.remove(branch);
      branches.add(branch);
    }
    for (Subscriber subscriber : subscribers) {
      List<String> visible =
          branches.stream()
              .filter(b -> !b.isEmpty())
              .filter(b -> subscriber.branch() == null || subscriber.branch().equals(b))
              .toList();
      if (subscriber.branch() == null || !visible.isEmpty()) {
        send(subscriber, SseEmitter.event().name("changed").data(Map.of("branchIds", visible)));
      }
    }
  }

  /** A comment line: keeps proxies from closing an idle stream and finds clients that left. */
  private void heartbeat() {
    subscribers.forEach(s -> send(s, SseEmitter.event().comment("keep-alive")));
  }

  private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
    try {
      subscriber.emitter().send(event);
    } catch (IOException | IllegalStateException gone) {
      subscribers.remove(subscriber);
      subscriber.emitter().completeWithError(gone);
    }
  }

  private static Object nullable(String value) {
    return value == null ? "" : value;
  }

  /**
   * Streams end when shutdown begins: the web server's graceful shutdown would otherwise wait its
   * whole timeout for open dashboards, which never finish by themselves.
   */
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    close();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    subscribers.forEach(s -> s.emitter().complete());
    subscribers.clear();
  }
}
