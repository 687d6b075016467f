package vn.congdoan.platform.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The named policies reach the interceptor through their {@link Allowed}: who passes each one, on
 * the caller's own branch ({@code b1}) and another, and that an endpoint naming none is closed.
 */
class AccessInterceptorTest {
  private final AccessInterceptor interceptor = new AccessInterceptor(new BranchAccess());

  @SuppressWarnings("unused")
  static class Endpoints {
    @BranchOfficerWrite
    void write() {}

    @BranchOfficerOrStaffWrite
    void staffWrite() {}

    @BranchRead
    void read() {}

    void unsaid() {}
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @ParameterizedTest(name = "{0} as {1} at {2}: {3}")
  @CsvSource({
    "write, BRANCH_OFFICER, b1, true",
    "write, BRANCH_OFFICER, b2, false",
    "write, ADMIN, b2, true",
    "write, FEDERATION_STAFF, b2, false",
    "staffWrite, FEDERATION_STAFF, b2, true",
    "staffWrite, BRANCH_OFFICER, b1, true",
    "staffWrite, BRANCH_OFFICER, b2, false",
    "staffWrite, AUDITOR, b2, false",
    "read, AUDITOR, b2, true",
    "read, FEDERATION_STAFF, b2, true",
    "read, BRANCH_OFFICER, b1, true",
    "read, BRANCH_OFFICER, b2, false",
    "unsaid, ADMIN, b1, false"
  })
  void eachPolicyLetsInWhomItNames(String endpoint, Role role, String branch, boolean passes)
      throws Exception {
    signIn(role);
    var request = new MockHttpServletRequest();
    request.setAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("branchId", branch));
    var handler = new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(endpoint));
    var response = new MockHttpServletResponse();
    if (passes) {
      assertThat(interceptor.preHandle(request, response, handler)).isTrue();
    } else {
      assertThatThrownBy(() -> interceptor.preHandle(request, response, handler))
          .isInstanceOf(RuntimeException.class);
    }
  }

  private static void signIn(Role role) {
    Jwt jwt =
        Jwt.withTokenValue("t").header("alg", "none").subject("t").claim("branch", "b1").build();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(role.authority()))));
  }
}
