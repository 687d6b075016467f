package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the dashboard signs people in, read by the page before anything else: locally a dev token
 * from {@code /dev/tokens}; in production the OIDC provider's login (authorization code + PKCE).
 */
@RestController
public class DashboardConfigController {
  private final Map<String, String> config = new LinkedHashMap<>();

  public DashboardConfigController(
      @Value("${platform.security.dev-secret:}") String devSecret,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
      @Value("${reporting.dashboard.client-id:congdoan-dashboard}") String clientId) {
    if (devSecret.isBlank()) {
      config.put("signIn", "oidc");
      config.put("issuer", issuer);
      config.put("clientId", clientId);
    } else {
      config.put("signIn", "dev");
    }
  }

  @Operation(summary = "Tell the dashboard how to sign in: dev tokens or the OIDC provider")
  @GetMapping("/dashboard/config")
  public Map<String, String> config() {
    return config;
  }
}
