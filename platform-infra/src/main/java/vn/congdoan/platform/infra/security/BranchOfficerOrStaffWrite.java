package vn.congdoan.platform.infra.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a branch's officers make for their own branch and federation staff (or an admin) for any:
 * what the federation does alongside a branch, such as a donation drive or a member's data.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(
    anyBranch = {Role.FEDERATION_STAFF, Role.ADMIN},
    ownBranch = Role.BRANCH_OFFICER)
public @interface BranchOfficerOrStaffWrite {}
