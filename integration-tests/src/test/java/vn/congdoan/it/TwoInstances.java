package vn.congdoan.it;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.finance.FinanceApplication;
import vn.congdoan.it.Platform.Service;
import vn.congdoan.membership.MembershipApplication;
import vn.congdoan.reporting.ReportingApplication;
import vn.congdoan.welfare.WelfareApplication;

/**
 * Two instances of every service on one stack, sharing its databases, topics and consumer groups.
 * The first of each runs in a JVM of its own, so that a test can kill it the hard way, and starts
 * first, so that it holds its service's leases; the second runs in this JVM.
 */
final class TwoInstances implements AutoCloseable {
  private static final Map<Service, Class<?>> MAIN =
      Map.of(
          Service.MEMBERSHIP, MembershipApplication.class,
          Service.WELFARE, WelfareApplication.class,
          Service.FINANCE, FinanceApplication.class,
          Service.REPORTING, ReportingApplication.class);

  private final List<String> wiring;
  private final Map<Service, ChildService> first = new EnumMap<>(Service.class);
  private final Map<Service, ConfigurableApplicationContext> second = new EnumMap<>(Service.class);

  TwoInstances(ChildStack stack, String... settings) {
    wiring = new ArrayList<>(stack.wiring());
    wiring.addAll(List.of(settings));
  }

  void start() throws Exception {
    var membership = new ChildService(MembershipApplication.class, wiring);
    first.put(Service.MEMBERSHIP, membership);
    membership.start();
    var others = List.of(Service.WELFARE, Service.FINANCE, Service.REPORTING);
    for (Service service : others) {
      first.put(service, new ChildService(MAIN.get(service), wiring, links(s -> url(first, s))));
    }
    // the three at once: each spends most of its start-up waiting, not computing
    var starting = Executors.newFixedThreadPool(others.size());
    try {
      List<Future<?>> started = new ArrayList<>();
      for (Service service : others) {
        started.add(
            starting.submit(
                () -> {
                  first.get(service).start();
                  return null;
                }));
      }
      for (Future<?> f : started) {
        f.get();
      }
    } finally {
      starting.shutdown();
    }
    for (Service service : Service.values()) {
      var args = new ArrayList<>(wiring);
      args.addAll(List.of(links(s -> second.containsKey(s) ? secondUrl(s, "") : null)));
      second.put(service, service.builder.get().run(args.toArray(String[]::new)));
    }
  }

  /** Where each service finds the others: membership, and for reporting the recording ones. */
  private static String[] links(java.util.function.Function<Service, String> at) {
    List<String> links = new ArrayList<>();
    String membership = at.apply(Service.MEMBERSHIP);
    if (membership != null) {
      links.add("--welfare.membership-url=" + membership);
      links.add("--finance.membership-url=" + membership);
    }
    for (Service recording : List.of(Service.MEMBERSHIP, Service.WELFARE, Service.FINANCE)) {
      String url = at.apply(recording);
      if (url != null) {
        links.add("--reporting.verification." + recording.name().toLowerCase() + "-url=" + url);
      }
    }
    return links.toArray(String[]::new);
  }

  private static String url(Map<Service, ChildService> children, Service service) {
    var child = children.get(service);
    return child == null ? null : child.url("");
  }

  ChildService first(Service service) {
    return first.get(service);
  }

  String firstUrl(Service service, String path) {
    return first.get(service).url(path);
  }

  String secondUrl(Service service, String path) {
    return Platform.url(second.get(service), path);
  }

  /** Both instances' base addresses: the first, then the second. */
  List<String> both(Service service) {
    return List.of(firstUrl(service, ""), secondUrl(service, ""));
  }

  /** SIGKILL of every first instance at once: no shutdown, no lease let go, no last flush. */
  void killFirsts() throws InterruptedException {
    for (ChildService child : first.values()) {
      child.kill();
    }
  }

  @Override
  public void close() {
    second.values().forEach(ConfigurableApplicationContext::close);
    first.values().forEach(ChildService::close);
  }
}
