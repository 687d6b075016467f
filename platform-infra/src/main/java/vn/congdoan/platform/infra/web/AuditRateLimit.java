package vn.congdoan.platform.infra.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.congdoan.platform.api.Refusal;

/**
 * Limits {@code /api/audit/**} per caller ({@code sub}); over the limit is 429 with Retry-After. An
 * interceptor, so it runs after authentication and knows who is calling. In every service: their
 * verifications read whole stores, reporting's exports whole histories.
 */
public class AuditRateLimit implements WebMvcConfigurer, HandlerInterceptor {
  private final CallerRateLimit limit;

  public AuditRateLimit(AuditRateLimitSettings settings) {
    this.limit =
        new CallerRateLimit(
            Refusal.of("platform.rate-limit.audit"), settings.requests(), settings.period());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/audit/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    // A streamed export comes back once more when it ends: that is not another request.
    return request.getDispatcherType() != DispatcherType.REQUEST || limit.admit(response);
  }
}
