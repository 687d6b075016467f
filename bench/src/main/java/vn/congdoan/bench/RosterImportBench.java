package vn.congdoan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Imports a generated roster (5,000 lines by default) into fresh branches of a running platform and
 * prints how long the request took and how long until the year summary counted every member. {@code
 * ./platform bench import [lines] [runs]}.
 */
final class RosterImportBench {
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi"};
  private static final String[] GIVEN = {"Văn An", "Thị Hồng Nhung", "Quốc Dũng", "Thị Ưng"};

  private RosterImportBench() {}

  static void run(String[] args) throws IOException, InterruptedException {
    int lines = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    var platform = new PlatformClient("http://localhost:8081", "http://localhost:8084");
    String staff = platform.token("bench", "FEDERATION_STAFF", null);
    String run = Long.toString(System.currentTimeMillis(), 36);
    for (int r = 1; r <= runs; r++) {
      String branch = "import-" + run + "-" + r;
      platform.registerBranch(staff, branch, "Công đoàn Thử nhập danh sách " + r);
      String officer = platform.token("bench-officer", "BRANCH_OFFICER", branch);
      for (int g = 1; g <= 4; g++) {
        platform.createGroup(officer, branch, "to-" + g, "Tổ công đoàn " + g);
      }
      byte[] csv = roster(branch, lines);
      long start = System.nanoTime();
      var response = platform.importRoster(officer, branch, csv);
      long accepted = System.nanoTime();
      if (!response.ok()) {
        throw new IOException("import answered " + response.status() + ": " + response.body());
      }
      long visible = awaitCounted(platform, staff, branch, lines, Duration.ofMinutes(3));
      System.out.printf(
          "run %d: %d lines (%d KB) imported in %d ms; all counted by reporting after %s%n",
          r,
          lines,
          csv.length / 1024,
          (accepted - start) / 1_000_000,
          visible < 0 ? "(not within 3 min)" : (visible - start) / 1_000_000 + " ms");
    }
  }

  private static long awaitCounted(
      PlatformClient platform, String staff, String branch, int lines, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      OptionalLong total = platform.membersTotal(staff, branch);
      if (total.isPresent() && total.getAsLong() >= lines) {
        return System.nanoTime();
      }
      Thread.sleep(50);
    }
    return -1;
  }

  private static byte[] roster(String branch, int lines) {
    StringBuilder csv =
        new StringBuilder("memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position\n");
    for (int i = 0; i < lines; i++) {
      csv.append(branch)
          .append("-m")
          .append(i)
          .append(',')
          .append(FAMILY[i % FAMILY.length])
          .append(' ')
          .append(GIVEN[i % GIVEN.length])
          .append(',')
          .append(i % GIVEN.length % 2 == 0 ? "MALE" : "FEMALE")
          .append(',')
          .append(1960 + i % 40)
          .append("-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(',')
          .append("to-")
          .append(1 + i % 4)
          .append(',')
          .append("2024-01-02,\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
