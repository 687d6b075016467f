package vn.congdoan.membership.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.MemberId;

class PersonalDataVaultTest {
  static final String MASTER = "7Zje6mRijv7gWaJOarLSrCg7KVcsVySrj+yeX/7Q4LQ=";
  static final String OTHER_MASTER = Base64.getEncoder().encodeToString(new byte[32]);
  static final MemberId NHUNG = new MemberId("m-nhung");
  static final MemberId UNG = new MemberId("m-ung");
  static final PersonalData NHUNG_DATA =
      new PersonalData(
          "Nguyễn Thị Hồng Nhung", LocalDate.of(1990, 3, 5), "0912 345 678", "nhung@vd.vn");
  static final PersonalData UNG_DATA =
      new PersonalData("Đặng Văn Ưng", LocalDate.of(1975, 12, 31), null, null);

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final PersonalDataVault vault = vault(MASTER);

  @AfterEach
  void close() {
    mongo.close();
  }

  private PersonalDataVault vault(String master) {
    return new PersonalDataVault(
        mongo.client(), InMemoryMongo.properties(), new PersonalDataSettings(master));
  }

  private MongoCollection<Document> keys() {
    return mongo.client().getDatabase("membership").getCollection("memberKeys");
  }

  @Test
  void sealedDataOpensToExactlyWhatWasSealedDiacriticsIncluded() {
    SealedPersonalData nhung = vault.seal(NHUNG, NHUNG_DATA);
    SealedPersonalData ung = vault.seal(UNG, UNG_DATA);

    assertThat(nhung.scheme()).isEqualTo("AES-256-GCM/1");
    assertThat(nhung.data()).doesNotContain("Nhung");
    assertThat(vault.open(NHUNG, nhung)).contains(NHUNG_DATA);
    assertThat(vault.open(UNG, ung).orElseThrow().fullName()).isEqualTo("Đặng Văn Ưng");
    assertThat(vault.openAll(Map.of(NHUNG, nhung, UNG, ung)))
        .isEqualTo(Map.of(NHUNG, NHUNG_DATA, UNG, UNG_DATA));
  }

  @Test
  void theStoredKeyIsWrappedNotRaw() throws Exception {
    SealedPersonalData sealed = vault.seal(NHUNG, NHUNG_DATA);
    Document stored = keys().find().first();

    assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "wrapping", "key", "createdAt");
    byte[] wrapped = stored.get("key", Binary.class).getData();
    byte[] data = Base64.getDecoder().decode(sealed.data());
    for (int i = 0; i + 32 <= wrapped.length; i++) {
      var candidate = new SecretKeySpec(wrapped, i, 32, "AES");
      int at = i;
      assertThatThrownBy(
              () -> AesGcm.open(candidate, data, NHUNG.value().getBytes(StandardCharsets.UTF_8)))
          .as("bytes %d..%d of the stored key opened the data", at, at + 32)
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void anotherMasterKeyCannotOpen() {
    SealedPersonalData sealed = vault.seal(NHUNG, NHUNG_DATA);

    assertThat(vault(OTHER_MASTER).open(NHUNG, sealed)).isEmpty();
  }

  @Test
  void afterErasureNothingOpensAndANewKeyCannotOpenTheOldData() {
    SealedPersonalData before = vault.seal(NHUNG, NHUNG_DATA);
    vault.erase(NHUNG);
    vault.erase(NHUNG);

    assertThat(vault.open(NHUNG, before)).isEmpty();
    SealedPersonalData after = vault.seal(NHUNG, NHUNG_DATA);
    assertThat(vault.open(NHUNG, after)).contains(NHUNG_DATA);
    assertThat(vault.open(NHUNG, before)).isEmpty();
  }

  @Test
  void tamperedDataIsUnreadableNotAnError() {
    SealedPersonalData sealed = vault.seal(NHUNG, NHUNG_DATA);
    byte[] bytes = Base64.getDecoder().decode(sealed.data());
    bytes[bytes.length / 2] ^= 1;
    var tampered =
        new SealedPersonalData(sealed.scheme(), Base64.getEncoder().encodeToString(bytes));

    assertThat(vault.open(NHUNG, tampered)).isEmpty();
    assertThat(vault.open(NHUNG, new SealedPersonalData(sealed.scheme(), "not base64!"))).isEmpty();
    assertThat(vault.open(NHUNG, new SealedPersonalData("ROT13/1", sealed.data()))).isEmpty();
    assertThat(vault.open(UNG, sealed)).as("sealed for another member").isEmpty();
  }

  @Test
  void sealingAllReusesExistingKeysAndCreatesTheRest() {
    SealedPersonalData earlier = vault.seal(NHUNG, NHUNG_DATA);

    Map<MemberId, SealedPersonalData> sealed =
        vault.sealAll(Map.of(NHUNG, NHUNG_DATA, UNG, UNG_DATA));

    assertThat(keys().countDocuments()).isEqualTo(2);
    assertThat(vault.open(NHUNG, earlier)).contains(NHUNG_DATA);
    assertThat(vault.openAll(sealed)).isEqualTo(Map.of(NHUNG, NHUNG_DATA, UNG, UNG_DATA));
  }

  @Test
  void aWholeRosterSealsAndOpensInBulk() {
    Map<MemberId, PersonalData> roster = new LinkedHashMap<>();
    for (int i = 0; i < 5_000; i++) {
      roster.put(new MemberId("m-" + i), new PersonalData("Lê Thị Số " + i, null, null, null));
    }
    vault.seal(new MemberId("m-42"), roster.get(new MemberId("m-42")));

    Map<MemberId, SealedPersonalData> sealed = vault.sealAll(roster);
    Map<MemberId, PersonalData> opened = vault.openAll(sealed);

    assertThat(opened).isEqualTo(roster);
    assertThat(keys().countDocuments()).isEqualTo(5_000);
  }
}
