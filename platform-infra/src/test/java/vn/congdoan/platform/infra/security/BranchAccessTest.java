package vn.congdoan.platform.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.congdoan.platform.api.NotFoundException;

/**
 * Every role and pair of roles, on the caller's own branch and another: a token may do what any one
 * of its roles allows on its own, never more. The oracle asks each role alone.
 */
class BranchAccessTest {
  private static final String OWN = "b1";
  private static final String OTHER = "b2";
  private final BranchAccess access = new BranchAccess();

  /** What one role alone may do: (role, whether the branch is its own). */
  private static final Map<String, BiPredicate<Role, Boolean>> ALONE =
      Map.of(
          "write",
          (role, own) -> role == Role.ADMIN || (role == Role.BRANCH_OFFICER && own),
          "read",
          (role, own) -> role != Role.BRANCH_OFFICER || own,
          "memberData",
          (role, own) ->
              role == Role.ADMIN
                  || role == Role.FEDERATION_STAFF
                  || (role == Role.BRANCH_OFFICER && own));

  private final Map<String, Consumer<String>> operations =
      Map.of(
          "write", access::requireWrite,
          "read", access::requireRead,
          "memberData",
              b ->
                  access.require(
                      b,
                      new Role[] {Role.FEDERATION_STAFF, Role.ADMIN},
                      new Role[] {Role.BRANCH_OFFICER}));

  static Stream<Arguments> callers() {
    List<Arguments> all = new ArrayList<>();
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      for (int j = i; j < roles.length; j++) {
        for (String operation : ALONE.keySet()) {
          for (boolean own : new boolean[] {true, false}) {
            all.add(Arguments.of(EnumSet.of(roles[i], roles[j]), operation, own));
          }
        }
      }
    }
    return all.stream();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @ParameterizedTest(name = "{0} {1} own={2}")
  @MethodSource("callers")
  void aTokenMayDoWhatOneOfItsRolesMay(Set<Role> roles, String operation, boolean own) {
    signIn(roles);
    String branch = own ? OWN : OTHER;
    boolean allowed = roles.stream().anyMatch(r -> ALONE.get(operation).test(r, own));
    boolean mayRead = roles.stream().anyMatch(r -> ALONE.get("read").test(r, own));
    Consumer<String> call = operations.get(operation);
    if (allowed) {
      call.accept(branch);
    } else if (mayRead) {
      assertThatThrownBy(() -> call.accept(branch)).isInstanceOf(AccessDeniedException.class);
    } else {
      assertThatThrownBy(() -> call.accept(branch))
          .isInstanceOf(NotFoundException.class)
          .hasMessage(BranchAccess.hiddenBranch(branch).english());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callers")
  void readersOfEveryBranchAreThoseWithARoleThatReadsThemAll(
      Set<Role> roles, String operation, boolean own) {
    signIn(roles);
    boolean everyBranch = roles.stream().anyMatch(r -> ALONE.get("read").test(r, false));
    assertThat(access.readsEveryBranch()).isEqualTo(everyBranch);
    assertThat(access.readableBranch()).isEqualTo(everyBranch ? null : OWN);
  }

  private static void signIn(Set<Role> roles) {
    Jwt jwt =
        Jwt.withTokenValue("t")
            .header("alg", "none")
            .subject("tester")
            .claim("branch", OWN)
            .build();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new JwtAuthenticationToken(
                jwt, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
  }
}
