package vn.congdoan.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

/**
 * Mints HS256 tokens for the local profile only. Services validate them with the UTF-8 bytes of the
 * same secret; nothing outside a developer machine should accept this key.
 */
public final class DevTokens {

  public static final String DEFAULT_SECRET =
      "congdoan-local-dev-secret-not-for-production-use-0123456789";

  static final String ISSUER = "congdoan-local";

  private DevTokens() {}

  public static String sign(
      String secret, String sub, List<String> roles, String branch, Duration ttl) {
    // JWT times are whole seconds; truncating keeps iat/exp exactly what the claims say
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(sub)
            .claim("roles", List.copyOf(roles))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)));
    if (branch != null) {
      claims.claim("branch", branch);
    }
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
    SignedJWT jwt = new SignedJWT(header, claims.build());
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      // only a secret shorter than 256 bits gets here
      throw new IllegalArgumentException("Cannot sign with this secret: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }
}
