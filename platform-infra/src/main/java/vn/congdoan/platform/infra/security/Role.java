package vn.congdoan.platform.infra.security;

/** The roles of docs/api.md, carried in the token's {@code roles} claim. */
public enum Role {
  BRANCH_OFFICER,
  FEDERATION_STAFF,
  AUDITOR,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
