package vn.congdoan.platform.infra.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** The {@code sub} of the caller of the current request. */
public final class CurrentUser {
  private CurrentUser() {}

  /** The caller's name, or {@code fallback} where no one is signed in (e.g. a background task). */
  public static String nameOr(String fallback) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? fallback : auth.getName();
  }
}
