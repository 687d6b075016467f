package vn.congdoan.platform.infra.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.Refusal;

/**
 * Every id in a path ({@code /api/branches/{branchId}/…}) is an id as the platform writes them, or
 * the request is refused (400): a path may name a branch, member or grant that ends up in an event.
 */
public class PathIds implements WebMvcConfigurer, HandlerInterceptor {
  private static final Pattern ID = Pattern.compile(Ids.PATTERN);

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // After AccessInterceptor: who may not ask learns nothing, not even that an id is malformed.
    registry.addInterceptor(this).addPathPatterns("/api/**").order(-50);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> vars) {
      vars.forEach(
          (name, value) -> {
            if (!ID.matcher(String.valueOf(value)).matches()) {
              throw new BadRequestException(Refusal.of("platform.path-id", name, Ids.PATTERN));
            }
          });
    }
    return true;
  }
}
