package vn.congdoan.welfare.web;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Signs a caller in for a test, as the resource server would from their token. */
public final class Callers {
  private Callers() {}

  public static void signIn(String role, String branch) {
    var token =
        Jwt.withTokenValue("token").header("alg", "none").subject("tester").claim("branch", branch);
    if (branch == null) {
      token.claims(c -> c.remove("branch"));
    }
    SecurityContextHolder.getContext()
        .setAuthentication(
            new JwtAuthenticationToken(
                token.build(), List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
