package vn.congdoan.membership.personal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a random 96-bit nonce, written as nonce || ciphertext || tag. Random nonces are safe
 * here because no key seals anywhere near 2^32 messages: a member's key seals a handful, and the
 * master key one per member.
 */
final class AesGcm {
  static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  // Looking a cipher up costs as much as using it; an import seals thousands in a row.
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("This JRE has no AES-GCM", e);
            }
          });

  private AesGcm() {}

  static byte[] seal(SecretKey key, byte[] plain, byte[] aad, SecureRandom random) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plain.length));
      cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
      return sealed;
    } catch (GeneralSecurityException e) {
      // A fresh nonce each time and a valid key: only a programming error gets here.
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * @throws GeneralSecurityException when the key is wrong or the bytes were changed
   */
  static byte[] open(SecretKey key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new GeneralSecurityException("too short to be sealed");
    }
    Cipher cipher = CIPHER.get();
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
  }
}
