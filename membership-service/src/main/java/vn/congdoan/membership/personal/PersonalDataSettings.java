package vn.congdoan.membership.personal;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every member's own key. It comes from the environment, never from the
 * database, so a copy of the database alone reveals no personal data. Checked at startup: a service
 * that cannot seal personal data must not accept admissions.
 *
 * @param masterKey base64 of 32 random bytes ({@code openssl rand -base64 32})
 */
@ConfigurationProperties("membership.personal-data")
public record PersonalDataSettings(String masterKey) {
  private static final String NAME = "membership.personal-data.master-key";
  private static final int KEY_BYTES = 32;

  public PersonalDataSettings {
    // The messages never echo the value: it is a secret even when it is wrong.
    if (masterKey == null || masterKey.isBlank()) {
      throw new IllegalStateException(
          NAME + " is not set: give the base64 of 32 random bytes (openssl rand -base64 32)");
    }
    byte[] raw = decode(masterKey);
    if (raw.length != KEY_BYTES) {
      throw new IllegalStateException(
          NAME + " must be 32 bytes (AES-256) once base64-decoded, not " + raw.length);
    }
    Arrays.fill(raw, (byte) 0);
  }

  SecretKey secretKey() {
    return new SecretKeySpec(decode(masterKey), "AES");
  }

  @Override
  public String toString() {
    return "PersonalDataSettings[masterKey=(hidden)]";
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(NAME + " is not valid base64");
    }
  }
}
