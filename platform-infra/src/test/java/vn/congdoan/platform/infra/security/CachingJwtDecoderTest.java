package vn.congdoan.platform.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class CachingJwtDecoderTest {
  private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
  private final AtomicInteger decodes = new AtomicInteger();

  private JwtDecoder delegate(Instant expiresAt) {
    return token -> {
      decodes.incrementAndGet();
      if (token.equals("forged")) {
        throw new JwtException("bad signature");
      }
      return Jwt.withTokenValue(token)
          .header("alg", "HS256")
          .subject("can-bo")
          .issuedAt(NOW.minusSeconds(60))
          .expiresAt(expiresAt)
          .build();
    };
  }

  @Test
  void aTokenSeenBeforeIsNotVerifiedAgain() {
    var decoder =
        new CachingJwtDecoder(delegate(NOW.plusSeconds(600)), Clock.fixed(NOW, ZoneOffset.UTC), 10);
    decoder.decode("t1");
    assertThat(decoder.decode("t1").getSubject()).isEqualTo("can-bo");
    assertThat(decodes).hasValue(1);
  }

  @Test
  void aRememberedTokenIsRefusedOnceItExpires() {
    Instant expiry = NOW.plusSeconds(10);
    var early = new CachingJwtDecoder(delegate(expiry), Clock.fixed(NOW, ZoneOffset.UTC), 10);
    early.decode("t1");
    var later = new CachingJwtDecoder(delegate(expiry), Clock.fixed(expiry, ZoneOffset.UTC), 10);
    later.decode("t1");
    assertThatThrownBy(() -> later.decode("t1")).isInstanceOf(JwtException.class);
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    var decoder =
        new CachingJwtDecoder(delegate(NOW.plusSeconds(600)), Clock.fixed(NOW, ZoneOffset.UTC), 10);
    assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(JwtException.class);
    assertThat(decodes).hasValue(2);
  }
}
