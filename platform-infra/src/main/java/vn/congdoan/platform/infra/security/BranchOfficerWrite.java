package vn.congdoan.platform.infra.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a branch records about itself: by its own officers (the branch of their token) or by an
 * admin for any branch.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Allowed(anyBranch = Role.ADMIN, ownBranch = Role.BRANCH_OFFICER)
public @interface BranchOfficerWrite {}
