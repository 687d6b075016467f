package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevTokensTest {

  @Test
  void aTokenCarriesTheClaimsAndVerifiesWithTheSharedSecret() throws Exception {
    String token =
        DevTokens.sign(
            DevTokens.DEFAULT_SECRET,
            "dev-officer",
            List.of("OFFICER", "TREASURER"),
            "branch-7",
            Duration.ofHours(12));

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.verify(new MACVerifier(bytes(DevTokens.DEFAULT_SECRET)))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("dev-officer");
    assertThat(claims.getStringListClaim("roles")).containsExactly("OFFICER", "TREASURER");
    assertThat(claims.getStringClaim("branch")).isEqualTo("branch-7");
    assertThat(claims.getIssuer()).isEqualTo("congdoan-local");
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(Duration.ofHours(12).toMillis());
  }

  @Test
  void aTokenWithoutBranchHasNoBranchClaim() throws Exception {
    String token =
        DevTokens.sign(
            DevTokens.DEFAULT_SECRET, "dev-admin", List.of("ADMIN"), null, Duration.ofMinutes(5));

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaims()).doesNotContainKey("branch");
  }

  @Test
  void aTokenSignedWithAnotherSecretDoesNotVerify() throws Exception {
    String token =
        DevTokens.sign(
            "some-other-secret-that-is-long-enough-for-hs256!",
            "x",
            List.of("ADMIN"),
            null,
            Duration.ofMinutes(5));

    assertThat(SignedJWT.parse(token).verify(new MACVerifier(bytes(DevTokens.DEFAULT_SECRET))))
        .isFalse();
  }

  @Test
  void aSecretShorterThan256BitsIsRefused() {
    assertThatThrownBy(
            () -> DevTokens.sign("short", "x", List.of("ADMIN"), null, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] bytes(String secret) {
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
