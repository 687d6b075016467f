package vn.congdoan.platform.infra.security;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.congdoan.platform.api.NotFoundException;

/**
 * Who may do what to a branch. A branch officer sees only their own branch: any other branch is
 * answered as unknown (404), so officers cannot even learn which branch ids exist.
 */
public class BranchAccess {

  /** Refuses (403) unless the caller has one of the roles. */
  public void requireRole(Role... roles) {
    if (!hasAnyRole(roles)) {
      throw new AccessDeniedException("This needs one of the roles " + Arrays.toString(roles));
    }
  }

  /** Whether the caller has one of the roles, for what differs by role without refusing. */
  public boolean hasAnyRole(Role... roles) {
    return Arrays.stream(roles).anyMatch(BranchAccess::has);
  }

  /** Recording a branch's facts: its own officers and administrators. */
  public void requireWrite(String branchId) {
    requireRole(Role.BRANCH_OFFICER, Role.ADMIN);
    confine(branchId);
  }

  /** Reading a branch: its own officers, federation staff, auditors and administrators. */
  public void requireRead(String branchId) {
    requireRole(Role.BRANCH_OFFICER, Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN);
    confine(branchId);
  }

  /**
   * The one branch a reader is confined to (a branch officer's own), or null for those who read
   * every branch. Refuses (403) callers who may read no branch at all.
   */
  public String readableBranch() {
    requireRole(Role.BRANCH_OFFICER, Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN);
    return readsAll() ? null : Objects.requireNonNullElse(branchOf(current()), "");
  }

  /**
   * Whether the caller may read every branch (federation staff, auditors, administrators): what
   * they are told about a branch other than their own need not be confined to "not found".
   */
  public boolean readsEveryBranch() {
    return readsAll();
  }

  private static boolean readsAll() {
    return has(Role.ADMIN) || has(Role.FEDERATION_STAFF) || has(Role.AUDITOR);
  }

  private static void confine(String branchId) {
    if (readsAll()) {
      return;
    }
    if (!Objects.equals(branchOf(current()), branchId)) {
      throw new NotFoundException("Branch " + branchId + " not found");
    }
  }

  private static boolean has(Role role) {
    Authentication auth = current();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
  }

  private static String branchOf(Authentication auth) {
    return auth instanceof JwtAuthenticationToken jwt
        ? jwt.getToken().getClaimAsString("branch")
        : null;
  }

  private static Authentication current() {
    return SecurityContextHolder.getContext().getAuthentication();
  }
}
