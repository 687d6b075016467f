package vn.congdoan.platform.infra.web;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.Problems;
import vn.congdoan.platform.infra.security.CurrentUser;

/**
 * A budget of requests per caller ({@code sub}) and period, for reads that cost the database dear.
 * None waits: a caller over the budget gets 429 with Retry-After, the others go on.
 */
public class CallerRateLimit {
  private final RateLimiterRegistry limiters;
  private final Refusal what;

  /**
   * @param what the limited requests, as the refusal names them ("The audit endpoints")
   */
  public CallerRateLimit(Refusal what, int requests, Duration period) {
    this.what = what;
    this.limiters =
        RateLimiterRegistry.of(
            RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build());
  }

  /** True when the current caller may go on; otherwise the 429 is written and false returned. */
  public boolean admit(HttpServletResponse response) throws IOException {
    RateLimiter limiter = limiters.rateLimiter(CurrentUser.nameOr("anonymous"));
    if (limiter.acquirePermission()) {
      return true;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(secondsToWait(limiter)));
    Problems.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        Refusal.of(
            "platform.rate-limit",
            what,
            limiter.getRateLimiterConfig().getLimitForPeriod(),
            limiter.getRateLimiterConfig().getLimitRefreshPeriod().toMillis() / 1000.0));
    return false;
  }

  private static long secondsToWait(RateLimiter limiter) {
    long nanos =
        limiter instanceof AtomicRateLimiter atomic
            ? atomic.getDetailedMetrics().getNanosToWait()
            : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
    return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
  }
}
