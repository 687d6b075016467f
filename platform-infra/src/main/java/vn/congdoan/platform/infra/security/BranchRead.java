package vn.congdoan.platform.infra.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read of one branch's record: by its own officers, and by federation staff, auditors and admins
 * for any branch.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(
    anyBranch = {Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN},
    ownBranch = Role.BRANCH_OFFICER)
public @interface BranchRead {}
