package vn.congdoan.it;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.it.Platform.Service;

/**
 * The four services and the gateway as production runs them: no local profile, no dev tokens;
 * tokens come from an OIDC provider and must be meant for the platform's audience. On a stack of
 * their own (platform-local in a child JVM), so that nothing here reaches the shared platform.
 */
final class OidcPlatform implements AutoCloseable {
  private final ChildStack stack;
  private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
  private final Map<Service, ConfigurableApplicationContext> apps = new EnumMap<>(Service.class);
  private final ChildService gateway;

  OidcPlatform(Path data) throws IOException {
    stack = new ChildStack(data);
    for (Service service : Service.values()) {
      ports.put(service, ChildService.freePort());
    }
    List<String> routes = new ArrayList<>();
    for (Service service : Service.values()) {
      routes.add("--gateway." + name(service) + "-url=" + url(service, ""));
    }
    gateway = ChildService.jar(Path.of("target", "gateway", "gateway.jar"), routes);
  }

  /** The origin users open, and the provider sends them back to. */
  String publicUrl() {
    return gateway.url("");
  }

  String url(Service service, String path) {
    return "http://127.0.0.1:" + ports.get(service) + path;
  }

  /** Starts everything, trusting the tokens of {@code issuer}; {@code skew} as in production. */
  void start(String issuer, String skew) throws Exception {
    stack.start();
    // the master key wraps each member's own key: one of its own, as an operator's secret store
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    for (Service service : Service.values()) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--server.port=" + ports.get(service),
                  "--spring.data.mongodb.uri=" + stack.mongoUri(),
                  "--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrap(),
                  "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                  "--platform.security.audience=" + Keycloak.AUDIENCE,
                  "--platform.security.clock-skew=" + skew,
                  "--membership.personal-data.master-key="
                      + Base64.getEncoder().encodeToString(key),
                  "--welfare.membership-url=" + url(Service.MEMBERSHIP, ""),
                  "--finance.membership-url=" + url(Service.MEMBERSHIP, "")));
      for (Service recording : List.of(Service.MEMBERSHIP, Service.WELFARE, Service.FINANCE)) {
        args.add("--reporting.verification." + name(recording) + "-url=" + url(recording, ""));
      }
      apps.put(service, service.builder.get().run(args.toArray(String[]::new)));
    }
    gateway.start();
  }

  private static String name(Service service) {
    return service.name().toLowerCase();
  }

  @Override
  public void close() {
    gateway.close();
    apps.values().forEach(ConfigurableApplicationContext::close);
    stack.close();
  }
}
