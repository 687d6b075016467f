package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.verification.ServiceVerification;
import vn.congdoan.reporting.verification.ServiceVerifications;

/** Tamper evidence: "has anything recorded by this service been altered, removed or reordered?" */
@RestController
public class VerificationController {
  private final ServiceVerifications verifications;

  public VerificationController(ServiceVerifications verifications) {
    this.verifications = verifications;
  }

  @Operation(summary = "Check a service's hash chains against the digests it published on Kafka")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/audit/verification")
  public ServiceVerification verify(
      @RequestParam String service,
      @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    return verifications.verify(service.strip().toLowerCase(), authorization);
  }
}
