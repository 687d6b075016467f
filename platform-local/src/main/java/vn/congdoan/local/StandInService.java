package vn.congdoan.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * Another service, stood in for by a test: every request under {@code context} gets the answer the
 * test gives for its URI, and the last request's token, path and query are kept for the test to
 * check. JSON only, on a free local port.
 */
public final class StandInService implements AutoCloseable {
  /** What one request gets, after {@code delay} (to try a caller's read timeout). */
  public record Answer(int status, String body, Duration delay) {
    public Answer(int status, String body) {
      this(status, body, Duration.ZERO);
    }
  }

  private final HttpServer server;
  private volatile String authorization;
  private volatile String path;
  private volatile String query;

  private StandInService(String context, Function<URI, Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        context,
        exchange -> {
          URI uri = exchange.getRequestURI();
          authorization = exchange.getRequestHeaders().getFirst("Authorization");
          path = uri.getPath();
          query = uri.getQuery();
          Answer answer = answers.apply(uri);
          try {
            Thread.sleep(answer.delay().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  public static StandInService start(String context, Function<URI, Answer> answers)
      throws IOException {
    return new StandInService(context, answers);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The last request's {@code Authorization} header. */
  public String authorization() {
    return authorization;
  }

  public String path() {
    return path;
  }

  /** The last request's query, null when it had none. */
  public String query() {
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
