package vn.congdoan.platform.infra.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has already verified, so a client sending the same token with every request
 * pays for parsing and signature checking once, not per write. A remembered token is still refused
 * from the moment it expires. Bounded: when full it simply starts over.
 */
public class CachingJwtDecoder implements JwtDecoder {
  private final JwtDecoder delegate;
  private final Clock clock;
  private final int maxEntries;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

  public CachingJwtDecoder(JwtDecoder delegate, Clock clock, int maxEntries) {
    this.delegate = delegate;
    this.clock = clock;
    this.maxEntries = maxEntries;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = verified.get(token);
    if (known != null) {
      if (isExpired(known)) {
        verified.remove(token);
        throw new BadJwtException("Jwt expired at " + known.getExpiresAt());
      }
      return known;
    }
    Jwt jwt = delegate.decode(token);
    if (jwt.getExpiresAt() != null) {
      if (verified.size() >= maxEntries) {
        verified.clear();
      }
      verified.put(token, jwt);
    }
    return jwt;
  }

  private boolean isExpired(Jwt jwt) {
    return !Instant.now(clock).isBefore(jwt.getExpiresAt());
  }
}
