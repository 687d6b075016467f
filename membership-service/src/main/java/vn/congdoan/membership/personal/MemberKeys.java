package vn.congdoan.membership.personal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.infra.config.WriteOrder;

/**
 * Each member's own AES-256 key, stored wrapped with the master key ({@code _id} = member id).
 * Deleting a member's key is what erases their personal data: every copy of it in events, Kafka and
 * backups becomes unreadable at once.
 */
final class MemberKeys {
  private static final Logger log = LoggerFactory.getLogger(MemberKeys.class);
  private static final String WRAPPING = "AES-256-GCM/1";
  private static final String MASTER_KEY = "membership.personal-data.master-key";

  private final MongoCollection<Document> keys;
  private final MongoCollection<Document> newKeys;
  private final SecretKey master;
  private final SecureRandom random;

  MemberKeys(MongoCollection<Document> keys, SecretKey master, SecureRandom random) {
    this.keys = keys;
    // a key is created only to seal data the command's events then carry: their insert makes it
    // durable. Deleting one (an erasure) stands alone and waits for the journal.
    this.newKeys = WriteOrder.durableWithTheEvents(keys);
    this.master = master;
    this.random = random;
  }

  /** The members' keys, created for those who have none; an existing key is always reused. */
  Map<MemberId, SecretKey> getOrCreate(Collection<MemberId> ids) {
    Map<MemberId, SecretKey> result = new HashMap<>();
    Collection<MemberId> wanted = ids;
    // A key found taken but gone when read was erased in between: the next round creates it anew.
    while (!wanted.isEmpty()) {
      Map<String, SecretKey> created = new HashMap<>();
      List<Document> documents = new ArrayList<>();
      for (MemberId id : wanted) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        created.put(id.value(), new SecretKeySpec(raw, "AES"));
        documents.add(
            new Document("_id", id.value())
                .append("wrapping", WRAPPING)
                .append("key", new Binary(AesGcm.seal(master, raw, aad(id), random)))
                .append("createdAt", new Date()));
      }
      Set<String> taken = Bulk.insertNew(newKeys, documents);
      Map<MemberId, SecretKey> existing = read(taken, true);
      List<MemberId> vanished = new ArrayList<>();
      for (MemberId id : wanted) {
        SecretKey key = taken.contains(id.value()) ? existing.get(id) : created.get(id.value());
        if (key == null) {
          vanished.add(id);
        } else {
          result.put(id, key);
        }
      }
      wanted = vanished;
    }
    return result;
  }

  /** The keys that still exist; the members missing from the result have been erased. */
  Map<MemberId, SecretKey> find(Collection<MemberId> ids) {
    return read(ids.stream().map(MemberId::value).toList(), false);
  }

  void delete(MemberId id) {
    keys.deleteOne(Filters.eq("_id", id.value()));
  }

  private Map<MemberId, SecretKey> read(Collection<String> ids, boolean strict) {
    Map<MemberId, SecretKey> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    int unreadable = 0;
    for (Document d : Bulk.find(keys, ids)) {
      MemberId id = new MemberId(d.getString("_id"));
      try {
        if (!WRAPPING.equals(d.getString("wrapping"))) {
          throw new GeneralSecurityException("unknown wrapping");
        }
        byte[] raw = AesGcm.open(master, d.get("key", Binary.class).getData(), aad(id));
        found.put(id, new SecretKeySpec(raw, "AES"));
      } catch (GeneralSecurityException | RuntimeException e) {
        if (strict) {
          // Sealing must not go on: a new key cannot replace one that exists.
          throw new IllegalStateException(
              "The key of member " + id + " cannot be unwrapped; is " + MASTER_KEY + " right?");
        }
        unreadable++;
      }
    }
    if (unreadable > 0) {
      log.error(
          "{} member keys cannot be unwrapped; their personal data reads as erased. Is {} the key"
              + " they were wrapped with?",
          unreadable,
          MASTER_KEY);
    }
    return found;
  }

  // Binds a wrapped key to its member: copying one member's key document onto another fails.
  private static byte[] aad(MemberId id) {
    return id.value().getBytes(StandardCharsets.UTF_8);
  }
}
