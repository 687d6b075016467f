package vn.congdoan.platform.infra.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;

/**
 * Who may do what to a branch. A token's roles add up: the caller may do what any one of them
 * allows, never more (an officer who is also an auditor reads every branch but writes only their
 * own). A caller who may not even read a branch is told it is unknown (404), so officers cannot
 * learn which branch ids exist; one who may read it but not do this is refused (403).
 */
public class BranchAccess {
  // The policies are written once, on the annotations endpoints carry; the checks made in code
  // (a branch named in a body, a campaign's branch) read them from there.
  private static final Allowed WRITE = BranchOfficerWrite.class.getAnnotation(Allowed.class);
  private static final Allowed READ = BranchRead.class.getAnnotation(Allowed.class);
  private static final Role[] WRITE_ANY = WRITE.anyBranch();
  private static final Role[] WRITE_OWN = WRITE.ownBranch();
  private static final Role[] READ_ANY = READ.anyBranch();
  private static final Role[] READ_OWN = READ.ownBranch();
  private static final Role[] READERS = union(READ_OWN, READ_ANY);

  /** What an officer of another branch, or of none, is told about a branch. */
  public static Refusal hiddenBranch(String branchId) {
    return Refusal.of("platform.branch.not-found", branchId);
  }

  /** Refuses (403) unless the caller has one of the roles. */
  public void requireRole(Role... roles) {
    if (!hasAnyRole(roles)) {
      throw new Forbidden(Refusal.of("platform.roles.needed", Arrays.toString(roles)));
    }
  }

  /** Whether the caller has one of the roles, for what differs by role without refusing. */
  public boolean hasAnyRole(Role... roles) {
    return Arrays.stream(roles).anyMatch(BranchAccess::has);
  }

  /** Recording a branch's facts: its own officers and administrators. */
  public void requireWrite(String branchId) {
    require(branchId, WRITE_ANY, WRITE_OWN);
  }

  /** Reading a branch: its own officers, federation staff, auditors and administrators. */
  public void requireRead(String branchId) {
    require(branchId, READ_ANY, READ_OWN);
  }

  /**
   * Doing something to {@code branchId}: allowed to {@code anyBranch} roles everywhere, to {@code
   * ownBranch} roles in the branch of their token. Refuses callers with none of the roles (403),
   * those who may read the branch but not do this (403), and hides it from the rest (404).
   */
  public void require(String branchId, Role[] anyBranch, Role[] ownBranch) {
    if (allows(branchId, anyBranch, ownBranch)) {
      return;
    }
    requireRole(union(anyBranch, ownBranch));
    if (allows(branchId, READ_ANY, READ_OWN)) {
      throw new Forbidden(Refusal.of("platform.roles.own-branch-only", branchId));
    }
    throw new NotFoundException(hiddenBranch(branchId));
  }

  /** The roles of both lists: who may do something somewhere. */
  static Role[] union(Role[] some, Role[] others) {
    return Stream.concat(Arrays.stream(some), Arrays.stream(others))
        .distinct()
        .toArray(Role[]::new);
  }

  private boolean allows(String branchId, Role[] anyBranch, Role[] ownBranch) {
    return hasAnyRole(anyBranch)
        || (hasAnyRole(ownBranch) && branchId != null && branchId.equals(branchOf(current())));
  }

  /**
   * The one branch a reader is confined to (a branch officer's own), or null for those who read
   * every branch. Refuses (403) callers who may read no branch at all.
   */
  public String readableBranch() {
    requireRole(READERS);
    return readsEveryBranch() ? null : Objects.requireNonNullElse(branchOf(current()), "");
  }

  /**
   * Whether the caller may read every branch (federation staff, auditors, administrators): what
   * they are told about a branch other than their own need not be confined to "not found".
   */
  public boolean readsEveryBranch() {
    return hasAnyRole(READ_ANY);
  }

  /** The branch of the caller's token, or null. */
  public String ownBranch() {
    return branchOf(current());
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
