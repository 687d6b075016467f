package vn.congdoan.platform.infra.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces each endpoint's {@link Allowed} before its arguments are read: deny by default, so an
 * endpoint added without saying who may call it is closed rather than open.
 */
public class AccessInterceptor implements WebMvcConfigurer, HandlerInterceptor {
  private final BranchAccess access;

  public AccessInterceptor(BranchAccess access) {
    this.access = access;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**").order(-100);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !(handler instanceof HandlerMethod method)) {
      return true;
    }
    Allowed allowed = method.getMethodAnnotation(Allowed.class);
    if (allowed == null) {
      throw new AccessDeniedException("This endpoint does not say who may call it");
    }
    String branchId = pathVariables(request).get("branchId");
    if (branchId == null) {
      access.requireRole(BranchAccess.union(allowed.anyBranch(), allowed.ownBranch()));
    } else {
      access.require(branchId, allowed.anyBranch(), allowed.ownBranch());
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return vars instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
