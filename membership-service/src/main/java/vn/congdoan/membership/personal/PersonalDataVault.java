package vn.congdoan.membership.personal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.membership.command.PersonalDataSealer;
import vn.congdoan.platform.api.MemberId;

/**
 * Seals members' personal data with each member's own key, so that events can carry it and erasure
 * still works: {@link #erase} deletes the key and every sealed copy becomes unreadable
 * (crypto-shredding). Nothing here logs personal data or keys.
 */
@Component
public class PersonalDataVault implements PersonalDataSealer {
  public static final String SCHEME = "AES-256-GCM/1";
  private static final Logger log = LoggerFactory.getLogger(PersonalDataVault.class);

  // Its own mapper: the sealed form must not change when the application's JSON settings do.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final MemberKeys keys;
  private final SecureRandom random = new SecureRandom();

  public PersonalDataVault(
      MongoClient client, MongoProperties mongo, PersonalDataSettings settings) {
    this.keys =
        new MemberKeys(
            client.getDatabase(mongo.getMongoClientDatabase()).getCollection("memberKeys"),
            settings.secretKey(),
            random);
  }

  /** Seals with the member's key, creating it the first time; a retried admission reuses it. */
  @Override
  public SealedPersonalData seal(MemberId id, PersonalData data) {
    return sealAll(Map.of(id, data)).get(id);
  }

  /** {@link #seal} for many members, with one write for all their new keys. */
  @Override
  public Map<MemberId, SealedPersonalData> sealAll(Map<MemberId, PersonalData> data) {
    Map<MemberId, SecretKey> memberKeys = keys.getOrCreate(data.keySet());
    Map<MemberId, SealedPersonalData> sealed = new LinkedHashMap<>();
    data.forEach(
        (id, personal) -> {
          byte[] plain = toJson(personal);
          byte[] bytes = AesGcm.seal(memberKeys.get(id), plain, aad(id), random);
          sealed.put(id, new SealedPersonalData(SCHEME, Base64.getEncoder().encodeToString(bytes)));
        });
    return sealed;
  }

  /** Empty when the member was erased (or the sealed data is unreadable). */
  public Optional<PersonalData> open(MemberId id, SealedPersonalData sealed) {
    return Optional.ofNullable(openAll(Map.of(id, sealed)).get(id));
  }

  /** The members whose data can still be read; erased members are absent. One database read. */
  @Override
  public Map<MemberId, PersonalData> openAll(Map<MemberId, SealedPersonalData> sealed) {
    Map<MemberId, SecretKey> memberKeys = keys.find(sealed.keySet());
    Map<MemberId, PersonalData> opened = new LinkedHashMap<>();
    sealed.forEach(
        (id, s) -> {
          SecretKey key = memberKeys.get(id);
          if (key != null) {
            unseal(id, key, s).ifPresent(p -> opened.put(id, p));
          }
        });
    return opened;
  }

  /** Makes the member's personal data unreadable everywhere, for good. Idempotent. */
  @Override
  public void erase(MemberId id) {
    keys.delete(id);
  }

  private static Optional<PersonalData> unseal(MemberId id, SecretKey key, SealedPersonalData s) {
    try {
      if (!SCHEME.equals(s.scheme())) {
        throw new GeneralSecurityException("unknown scheme");
      }
      byte[] plain = AesGcm.open(key, Base64.getDecoder().decode(s.data()), aad(id));
      return Optional.of(JSON.readValue(plain, PersonalData.class));
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      // The member's key exists, so this is damage, not erasure; say so without the contents.
      log.warn("Sealed personal data of member {} is unreadable ({})", id, e.getClass().getName());
      return Optional.empty();
    }
  }

  private static byte[] toJson(PersonalData data) {
    try {
      return JSON.writeValueAsBytes(data);
    } catch (IOException e) {
      throw new IllegalStateException("Personal data cannot be written as JSON", e);
    }
  }

  private static byte[] aad(MemberId id) {
    return id.value().getBytes(StandardCharsets.UTF_8);
  }
}
