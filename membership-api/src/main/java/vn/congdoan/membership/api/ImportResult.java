package vn.congdoan.membership.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.congdoan.platform.api.Refusal;

/** What an import kept and what it refused, line by line. */
public record ImportResult(int imported, List<Rejection> rejected) {
  /**
   * {@code refusal}: the aggregate's reason, put into the caller's language by {@link #in} before
   * the answer leaves the service; {@code problem} is then the text the caller reads.
   */
  public record Rejection(int line, String problem, @JsonIgnore Refusal refusal) {
    public Rejection(int line, String problem) {
      this(line, problem, null);
    }

    public static Rejection of(int line, Refusal refusal) {
      return new Rejection(line, refusal.english(), refusal);
    }

    public Rejection in(Locale language) {
      return refusal == null ? this : new Rejection(line, refusal.in(language));
    }

    /** Two rejections are the same when they say the same of the same line, however worded. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Rejection r && r.line == line && Objects.equals(r.problem, problem);
    }

    @Override
    public int hashCode() {
      return Objects.hash(line, problem);
    }
  }
}
