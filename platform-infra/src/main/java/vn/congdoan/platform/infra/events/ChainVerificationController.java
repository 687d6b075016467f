package vn.congdoan.platform.infra.events;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.Role;

/**
 * The service's own answer to "was anything in the store altered": every chain recomputed.
 * Reporting asks each service and holds the answer against the digests it received on Kafka.
 */
@RestController
public class ChainVerificationController {
  private final ChainVerifier verifier;
  private final BranchAccess access;

  public ChainVerificationController(ChainVerifier verifier, BranchAccess access) {
    this.verifier = verifier;
    this.access = access;
  }

  @GetMapping("/api/audit/verification")
  public ChainVerification verify() {
    access.requireRole(Role.AUDITOR, Role.ADMIN);
    return verifier.verify();
  }
}
