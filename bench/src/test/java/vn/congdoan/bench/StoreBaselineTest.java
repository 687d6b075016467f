package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreBaselineTest {
  private static Options options(int port) {
    return Options.parse(
        "--mongo",
        "mongodb://127.0.0.1:" + port,
        "--clients",
        "2",
        "--warmup",
        "0ms",
        "--duration",
        "300ms");
  }

  @Test
  void insertsAdmissionsIntoAScratchDatabaseAndDropsIt() throws InterruptedException {
    var server = new MongoServer(new MemoryBackend());
    int port = server.bind().getPort();
    try {
      Report.Baseline baseline = StoreBaseline.run(options(port), "t1");

      assertThat(baseline.skipped()).isNull();
      assertThat(baseline.admissionsPerSecond()).isPositive();
      assertThat(baseline.documentsPerAdmission()).isEqualTo(4);
      assertThat(baseline.detail())
          .contains(
              "memberIds, memberKeys, outbox, domainevents",
              "w=majority, j=true for the last, j=false before it")
          .contains("scratch database bench-baseline-t1 dropped")
          .doesNotContain("failed");
      try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
        List<String> databases = client.listDatabaseNames().into(new ArrayList<>());
        assertThat(databases).doesNotContain("bench-baseline-t1");
      }
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void aStoreThatDoesNotAnswerIsSkippedWithTheReason() throws IOException, InterruptedException {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Report.Baseline baseline = StoreBaseline.run(options(port), "t2");
    assertThat(baseline.skipped())
        .startsWith(
            "store not reachable at mongodb://127.0.0.1:" + port + ": no answer within 3 s");
  }
}
