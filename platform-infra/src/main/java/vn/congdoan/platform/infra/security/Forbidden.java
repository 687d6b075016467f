package vn.congdoan.platform.infra.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.Refused;

/**
 * A 403 the platform itself decides, told in the caller's language. Still an {@link
 * AccessDeniedException}, so Spring Security and the problem handler treat it as every refusal of
 * access.
 */
public class Forbidden extends AccessDeniedException implements Refused {
  private final Refusal refusal;

  public Forbidden(Refusal refusal) {
    super(refusal.english());
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.of(refusal);
  }
}
