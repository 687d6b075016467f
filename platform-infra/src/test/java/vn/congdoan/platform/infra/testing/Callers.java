package vn.congdoan.platform.infra.testing;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.congdoan.platform.infra.security.AccessInterceptor;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.web.ProblemHandler;

/**
 * Signs a caller in for a test, as the resource server would from their token, and serves
 * controllers as the service does: refusals as problem+json, access checked before the body is
 * read.
 */
public final class Callers {
  private Callers() {}

  public static MockMvc mvc(Object... controllers) {
    return MockMvcBuilders.standaloneSetup(controllers)
        .setControllerAdvice(new ProblemHandler())
        .addInterceptors(new AccessInterceptor(new BranchAccess()))
        .build();
  }

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
