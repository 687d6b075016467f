package vn.congdoan.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Registers the branches a phase writes to, each with one group, through the same API calls an
 * operator would make. Each run registers its own, so runs never see each other's members and the
 * platform's demo data does not disturb the drain check.
 */
final class Branches {
  record Branch(String id, String groupId, String officerToken) {}

  /**
   * Requests in flight while registering. Hundreds of branches one after the other would take
   * minutes of round trips; a few at once keep the setup short without a load spike of its own.
   */
  private static final int PARALLEL = 4;

  private Branches() {}

  /** Branches {@code <prefix>-1 … <prefix>-<count>}, in that order. */
  static List<Branch> register(PlatformClient platform, String staff, String prefix, int count)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Callable<Branch>> tasks = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        String id = prefix + "-" + i;
        String name = "Công đoàn cơ sở Thử tải " + prefix + " số " + i;
        tasks.add(() -> register(platform, staff, id, name));
      }
      List<Branch> branches = new ArrayList<>();
      for (Future<Branch> f : pool.invokeAll(tasks)) {
        branches.add(result(f));
      }
      return branches;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Branch register(PlatformClient platform, String staff, String id, String name)
      throws IOException, InterruptedException {
    platform.registerBranch(staff, id, name);
    String officer = platform.token("bench-officer", "BRANCH_OFFICER", id);
    platform.createGroup(officer, id, "to-1", "Tổ công đoàn Văn phòng");
    return new Branch(id, "to-1", officer);
  }

  private static Branch result(Future<Branch> f) throws IOException, InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof InterruptedException ie) {
        throw ie;
      }
      throw new IllegalStateException("registering a branch failed", e.getCause());
    }
  }
}
