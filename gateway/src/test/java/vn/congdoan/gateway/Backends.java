package vn.congdoan.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** Four stand-ins for the services: each answers any request with its name and the path it got. */
final class Backends implements AutoCloseable {
  static final List<String> NAMES = List.of("membership", "welfare", "finance", "reporting");

  private final Map<String, DisposableServer> servers = new LinkedHashMap<>();

  Backends() {
    for (String name : NAMES) {
      servers.put(
          name,
          HttpServer.create()
              .host("127.0.0.1")
              .port(0)
              .handle(
                  (request, response) ->
                      response
                          .header("Content-Type", "text/plain")
                          .sendString(
                              Mono.just(name + " " + request.method() + " " + request.uri())))
              .bindNow());
    }
  }

  /** The gateway's settings that point it at these stand-ins. */
  List<String> urls() {
    List<String> args = new ArrayList<>();
    servers.forEach(
        (name, server) -> args.add("--gateway." + name + "-url=http://127.0.0.1:" + server.port()));
    return args;
  }

  @Override
  public void close() {
    servers.values().forEach(DisposableServer::disposeNow);
  }
}
