package vn.congdoan.reporting.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.web.CallerRateLimit;
import vn.congdoan.reporting.audit.AsOfSettings;

/**
 * Limits {@code ?asOf=} readings per caller (429 with Retry-After beyond): each may rebuild a
 * branch's read model from its trail. The same paths without {@code asOf} read the live projections
 * and are not limited.
 */
@Component
public class AsOfRateLimit implements WebMvcConfigurer, HandlerInterceptor {
  private final CallerRateLimit limit;

  public AsOfRateLimit(AsOfSettings settings) {
    this.limit =
        new CallerRateLimit(
            Refusal.of("reporting.rate-limit.as-of"), settings.requests(), settings.period());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/reports/branches/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    return request.getDispatcherType() != DispatcherType.REQUEST
        || request.getParameter("asOf") == null
        || limit.admit(response);
  }
}
