package vn.congdoan.membership.api;

import java.util.List;

/** What an import kept and what it refused, line by line. */
public record ImportResult(int imported, List<Rejection> rejected) {
  public record Rejection(int line, String problem) {}
}
