package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A live stream held open, handing over each change notice as it arrives (were a proxy to buffer
 * the stream, none would) and remembering every branch the notices named.
 */
final class LiveStream {
  private static final Pattern BRANCH = Pattern.compile("\"([a-z0-9-]+)\"");
  private final Set<String> heard = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<String> notices = new LinkedBlockingQueue<>();
  private final CountDownLatch ready = new CountDownLatch(1);

  private LiveStream() {}

  /** Opens {@code url} (a {@code /api/reports/live}) and waits for its greeting. */
  static LiveStream open(String url, String token) throws InterruptedException {
    var stream = new LiveStream();
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();
    HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(stream::line));
    assertThat(stream.ready.await(10, TimeUnit.SECONDS)).as("the stream's greeting").isTrue();
    return stream;
  }

  private void line(String line) {
    if (line.startsWith("event:") && line.contains("ready")) {
      ready.countDown();
    } else if (line.startsWith("event:")) {
      notices.add(line);
    } else if (line.startsWith("data:") && line.contains("branchIds")) {
      var ids = BRANCH.matcher(line.substring(line.indexOf('[')));
      while (ids.find()) {
        heard.add(ids.group(1));
      }
    }
  }

  /** Each change notice (its {@code event:} line) as it arrives. */
  BlockingQueue<String> notices() {
    return notices;
  }

  /** The branches change notices named so far. */
  Set<String> heard() {
    return heard;
  }
}
