package vn.congdoan.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A download that is written whole or visibly broken off. The servlet container ends an async
 * response after its timeout (30 s by default) and Spring then closes it as if it were complete: a
 * 200 whose file lacks its end, which nobody notices. Here the container's timeout is lifted for
 * the download, which keeps a deadline of its own; that deadline, or anything else failing once
 * bytes are out, throws {@link Interrupted}, which is never answered as a problem (too late for
 * that) but reaches the container, which then closes the connection without the final chunk.
 */
final class WholeExport {
  /** A download that could not be finished. */
  static final class Interrupted extends RuntimeException {
    Interrupted(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private WholeExport() {}

  static StreamingResponseBody of(
      HttpServletRequest request, Duration timeout, StreamingResponseBody body) {
    long deadline = System.nanoTime() + timeout.toNanos();
    return out -> {
      if (request.isAsyncStarted()) {
        request.getAsyncContext().setTimeout(0);
      }
      try {
        body.writeTo(new Deadline(out, deadline, timeout));
      } catch (Interrupted e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new Interrupted("The download stopped before its end: " + e, e);
      }
    };
  }

  /** Checks the deadline whenever the export hands bytes on. */
  private static final class Deadline extends FilterOutputStream {
    private final long deadline;
    private final Duration timeout;

    Deadline(OutputStream out, long deadline, Duration timeout) {
      super(out);
      this.deadline = deadline;
      this.timeout = timeout;
    }

    @Override
    public void write(int b) throws IOException {
      check();
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      out.write(b, off, len);
    }

    private void check() {
      if (System.nanoTime() - deadline > 0) {
        throw new Interrupted(
            "The download took longer than " + timeout + " and was broken off", null);
      }
    }
  }
}
