package vn.congdoan.platform.infra.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Local profile only: signs tokens with the shared dev secret so the platform can be tried out. */
@RestController
public class DevTokenController {
  /** The claims a dev token gets. */
  public record TokenRequest(@NotBlank String sub, @NotEmpty List<Role> roles, String branch) {}

  public record TokenResponse(String token) {}

  private final byte[] secret;

  public DevTokenController(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  @Operation(summary = "Issue a dev token for a user, roles and branch (local profile only)")
  @PostMapping("/dev/tokens")
  public TokenResponse issue(@Valid @RequestBody TokenRequest request) throws JOSEException {
    var claims =
        new JWTClaimsSet.Builder()
            .subject(request.sub())
            .issuer("congdoan-local")
            .claim("roles", request.roles().stream().map(Enum::name).toList())
            .claim("branch", request.branch())
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(12))))
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(secret));
    return new TokenResponse(jwt.serialize());
  }
}
