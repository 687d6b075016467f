package vn.congdoan.platform.infra.chain;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;

/**
 * The service's own answer to "was anything in the store altered": every chain recomputed.
 * Reporting asks each service and holds the answer against the digests it received on Kafka.
 */
@RestController
public class ChainVerificationController {
  private final ChainVerifier verifier;

  public ChainVerificationController(ChainVerifier verifier) {
    this.verifier = verifier;
  }

  /** {@code digest}: a position of the digest stream to report too (the one Kafka last carried). */
  @Operation(summary = "Recompute this service's hash chains and report any broken link")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/audit/verification")
  public ChainVerification verify(@RequestParam(required = false) Long digest) {
    return verifier.verify(digest);
  }
}
