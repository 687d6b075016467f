package vn.congdoan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a dashboard user waits for, against a running platform with its demo data: the province and
 * branch summaries, the year-end documents, the roll-up workbook, and how long after a write the
 * live stream says so, and the province summary asked right after that notice (its figures just
 * changed). {@code ./platform bench dashboard [rounds] [year]}.
 */
final class DashboardBench {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private DashboardBench() {}

  static void run(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int year = args.length > 2 ? Integer.parseInt(args[2]) : 2024;
    var platform = new PlatformClient("http://localhost:8081", "http://localhost:8084");
    String staff = platform.token("bench", "FEDERATION_STAFF", null);
    String years = "/years/" + year;
    time(platform, staff, "province summary", "/api/reports/province" + years, "*/*", rounds);
    time(
        platform,
        staff,
        "branch summary",
        "/api/reports/branches/" + BRANCH + years,
        "*/*",
        rounds);
    time(
        platform,
        staff,
        "report .docx",
        "/api/reports/branches/" + BRANCH + years + "/document",
        DOCX,
        rounds);
    time(
        platform,
        staff,
        "report .pdf",
        "/api/reports/branches/" + BRANCH + years + "/document",
        "application/pdf",
        rounds);
    time(
        platform, staff, "province .xlsx", "/api/reports/province" + years + "/workbook", "*/*", 3);
    liveLag(platform, staff, rounds);
  }

  private static void time(
      PlatformClient platform, String token, String what, String path, String accept, int rounds)
      throws IOException, InterruptedException {
    long[] ms = new long[rounds];
    int bytes = 0;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      var response = platform.reporting(path, token, accept);
      ms[i] = (System.nanoTime() - start) / 1_000_000;
      if (!response.ok()) {
        throw new IOException(path + " answered " + response.status() + ": " + response.body());
      }
      bytes = response.body().length();
    }
    print(what, ms, "~" + bytes / 1024 + " KB");
  }

  /** Admits members into a branch of its own and waits for each one's "changed" notice. */
  private static void liveLag(PlatformClient platform, String staff, int rounds)
      throws IOException, InterruptedException {
    String branch = "live-bench-" + Long.toString(System.currentTimeMillis(), 36);
    platform.registerBranch(staff, branch, "Công đoàn Đo độ trễ trực tiếp");
    String officer = platform.token("bench-officer", "BRANCH_OFFICER", branch);
    platform.createGroup(officer, branch, "to-1", "Tổ công đoàn 1");
    var notices = new LinkedBlockingQueue<String>();
    var request =
        HttpRequest.newBuilder(URI.create(platform.reportingUrl() + "/api/reports/live"))
            .header("Authorization", "Bearer " + officer)
            .build();
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    // a daemon: the stream never ends by itself, and must not keep the JVM alive after the run
    var reader =
        new Thread(() -> stream.body().filter(l -> l.startsWith("data:")).forEach(notices::add));
    reader.setDaemon(true);
    reader.start();
    notices.poll(5, TimeUnit.SECONDS); // "ready"
    Thread.sleep(1_000); // the branch's own registration notices pass first
    notices.clear();
    long[] ms = new long[rounds];
    long[] province = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      var admitted =
          platform.admitMember(officer, branch, "to-1", "Nguyễn Thị Trực " + i, "FEMALE");
      if (!admitted.ok()) {
        throw new IOException("admission answered " + admitted.status() + ": " + admitted.body());
      }
      String notice = notices.poll(30, TimeUnit.SECONDS);
      ms[i] = notice == null ? 30_000 : (System.nanoTime() - start) / 1_000_000;
      // what every open province dashboard asks next: the running year's summary, just changed
      long asked = System.nanoTime();
      var summary =
          platform.reporting(
              "/api/reports/province/years/" + java.time.Year.now().getValue(), staff, "*/*");
      province[i] = (System.nanoTime() - asked) / 1_000_000;
      if (!summary.ok()) {
        throw new IOException("province summary answered " + summary.status());
      }
      // past the coalescing window, so each write gets its own notice; a random part, so the
      // writes do not fall into step with the window's timer and measure one phase of it only
      Thread.sleep(400 + java.util.concurrent.ThreadLocalRandom.current().nextInt(300));
      notices.clear();
    }
    print("write → live notice", ms, "");
    print("province after notice", province, "");
  }

  private static void print(String what, long[] ms, String extra) {
    Arrays.sort(ms);
    System.out.printf(
        "%-22s n=%-3d p50 %5d ms  p90 %5d ms  max %5d ms  %s%n",
        what, ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1], extra);
  }
}
