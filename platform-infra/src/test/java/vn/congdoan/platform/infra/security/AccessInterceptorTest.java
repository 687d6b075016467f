package vn.congdoan.platform.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import vn.congdoan.platform.infra.testing.Callers;

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
    Callers.signOut();
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
    Callers.signIn(role.name(), "b1");
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
}
