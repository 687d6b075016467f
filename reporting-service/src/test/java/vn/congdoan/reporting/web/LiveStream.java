package vn.congdoan.reporting.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of {@code /api/reports/live} that collects the events' names and data as they come. */
final class LiveStream implements AutoCloseable {
  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<?> reading;
  final int status;

  LiveStream(int port, String token) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports/live"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<java.util.stream.Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    status = response.statusCode();
    reading = CompletableFuture.runAsync(() -> read(response.body()));
  }

  private void read(java.util.stream.Stream<String> lines) {
    String[] name = {null};
    lines.forEach(
        line -> {
          if (line.startsWith("event:")) {
            name[0] = line.substring("event:".length()).trim();
          } else if (line.startsWith("data:")) {
            events.add(new Event(name[0], line.substring("data:".length()).trim()));
          }
        });
  }

  /** The next event, or null if none came within {@code wait}. */
  Event next(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    reading.cancel(true);
  }
}
