package vn.congdoan.membership.api;

/**
 * {@link PersonalData} encrypted with the member's own key, which erasure deletes. {@code scheme}
 * names how ({@code AES-256-GCM/1}: base64 of a 12-byte nonce then the ciphertext and tag), so the
 * scheme can change without touching old events.
 */
public record SealedPersonalData(String scheme, String data) {}
