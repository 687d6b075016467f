package vn.congdoan.platform.infra.web;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.congdoan.platform.infra.security.CurrentUser;

/**
 * Limits {@code /api/audit/**} per caller ({@code sub}); over the limit is 429 with Retry-After. An
 * interceptor, so it runs after authentication and knows who is calling. In every service: their
 * verifications read whole stores, reporting's exports whole histories.
 */
public class AuditRateLimit implements WebMvcConfigurer, HandlerInterceptor {
  private final RateLimiterRegistry limiters;

  /** One limiter per caller, none waiting: a caller over the limit is told when to come back. */
  public AuditRateLimit(AuditRateLimitSettings settings) {
    this.limiters =
        RateLimiterRegistry.of(
            RateLimiterConfig.custom()
                .limitForPeriod(settings.requests())
                .limitRefreshPeriod(settings.period())
                .timeoutDuration(Duration.ZERO)
                .build());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/audit/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    // A streamed export comes back once more when it ends: that is not another request.
    if (request.getDispatcherType() != DispatcherType.REQUEST) {
      return true;
    }
    RateLimiter limiter = limiters.rateLimiter(CurrentUser.nameOr("anonymous"));
    if (limiter.acquirePermission()) {
      return true;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(secondsToWait(limiter)));
    Problems.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        "The audit endpoints allow "
            + limiter.getRateLimiterConfig().getLimitForPeriod()
            + " requests per "
            + limiter.getRateLimiterConfig().getLimitRefreshPeriod().toMillis() / 1000.0
            + " s per caller.");
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
