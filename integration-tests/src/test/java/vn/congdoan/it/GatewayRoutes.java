package vn.congdoan.it;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;

/**
 * The gateway's routes as its gateway.yml declares them: which service (by the name in its {@code
 * ${gateway.<service>-url}}) each route leads to, and the path patterns it takes, matched as Spring
 * Cloud Gateway's Path predicate matches them.
 */
final class GatewayRoutes {
  private static final Pattern SERVICE = Pattern.compile("\\$\\{gateway\\.(\\w+)-url}");

  record Route(String id, String service, List<PathPattern> paths) {}

  private GatewayRoutes() {}

  @SuppressWarnings("unchecked")
  static List<Route> read() throws IOException {
    try (InputStream in = GatewayRoutes.class.getResourceAsStream("/gateway.yml")) {
      Map<String, Object> root = new Yaml().load(in);
      Object routes = dig(root, "spring", "cloud", "gateway", "server", "webflux", "routes");
      return ((List<Map<String, Object>>) routes).stream().map(GatewayRoutes::route).toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Route route(Map<String, Object> route) {
    Matcher uri = SERVICE.matcher(String.valueOf(route.get("uri")));
    if (!uri.matches()) {
      throw new IllegalStateException("a route to no known service: " + route);
    }
    List<PathPattern> paths =
        ((List<String>) route.get("predicates"))
            .stream()
                .filter(p -> p.startsWith("Path="))
                .flatMap(p -> List.of(p.substring(5).split(",")).stream())
                .map(p -> PathPatternParser.defaultInstance.parse(p.trim()))
                .toList();
    return new Route(String.valueOf(route.get("id")), uri.group(1), paths);
  }

  /** The service the first route taking {@code path} leads to, or "none". */
  static String target(List<Route> routes, String path) {
    PathContainer container = PathContainer.parsePath(path);
    return routes.stream()
        .filter(r -> r.paths().stream().anyMatch(p -> p.matches(container)))
        .findFirst()
        .map(Route::service)
        .orElse("none");
  }

  @SuppressWarnings("unchecked")
  private static Object dig(Map<String, Object> map, String... keys) {
    Object at = map;
    for (String key : keys) {
      at = ((Map<String, Object>) at).get(key);
    }
    return at;
  }
}
