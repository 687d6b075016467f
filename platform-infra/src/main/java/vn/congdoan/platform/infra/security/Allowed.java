package vn.congdoan.platform.infra.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint under {@code /api}. Every such endpoint says it: one without is refused
 * (403) for everyone. Checked by {@link AccessInterceptor} before the request body is read, so a
 * caller who may not ask learns nothing from validation messages either.
 *
 * <p>The policies most endpoints share have names of their own ({@link BranchOfficerWrite}, {@link
 * BranchOfficerOrStaffWrite}, {@link BranchRead}); an endpoint annotated with one of them carries
 * this annotation through it.
 *
 * <p>A token's roles add up: the caller may do what any one of its roles allows, never more.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
  /** Roles that may do this for every branch, or where no branch is named. */
  Role[] anyBranch() default {};

  /**
   * Roles that may do this only for the branch of their token ({@code branch} claim). Where the
   * path names a branch ({@code {branchId}}) that branch is checked here; otherwise the endpoint
   * confines the caller itself (a campaign's branch, a branch named in the body).
   */
  Role[] ownBranch() default {};
}
