package vn.congdoan.membership.personal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.command.MemberIdClaims;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.config.WriteOrder;

/**
 * Member ids are unique across the province, while each member's events live under their branch;
 * this collection ({@code _id} = member id) is what stops two branches from admitting the same id.
 */
@Component
public class MemberIdRegistry implements MemberIdClaims {
  private final MongoCollection<Document> ids;

  public MemberIdRegistry(MongoClient client, MongoProperties mongo) {
    // a claim is always followed by the admission's events, whose insert makes it durable
    this.ids =
        WriteOrder.durableWithTheEvents(
            client.getDatabase(mongo.getMongoClientDatabase()).getCollection("memberIds"));
  }

  /**
   * Claims the id for the branch. Claiming again for the same branch succeeds, so a retried or
   * crashed admission can go on.
   *
   * @throws ConflictException when another branch holds the id
   */
  @Override
  public void claim(MemberId id, BranchId branch) {
    if (!claimAll(Map.of(id, branch)).isEmpty()) {
      // Which branch holds it is not for this caller to learn.
      throw new ConflictException(Refusal.of("membership.member.id-taken", id));
    }
  }

  /**
   * {@link #claim} for many ids: one insert for all, then one read of those already taken.
   *
   * @return the ids refused because another branch holds them
   */
  @Override
  public Set<MemberId> claimAll(Map<MemberId, BranchId> claims) {
    Set<MemberId> refused = new HashSet<>();
    Map<MemberId, BranchId> wanted = claims;
    // Nothing deletes claims; the loop only guards against one vanishing between insert and read.
    while (!wanted.isEmpty()) {
      List<Document> documents = new ArrayList<>();
      wanted.forEach(
          (id, branch) ->
              documents.add(new Document("_id", id.value()).append("branchId", branch.value())));
      Set<String> taken = Bulk.insertNew(ids, documents);
      Map<String, String> holders = new HashMap<>();
      for (Document d : Bulk.find(ids, taken)) {
        holders.put(d.getString("_id"), d.getString("branchId"));
      }
      Map<MemberId, BranchId> vanished = new HashMap<>();
      for (String value : taken) {
        MemberId id = new MemberId(value);
        String holder = holders.get(value);
        if (holder == null) {
          vanished.put(id, wanted.get(id));
        } else if (!holder.equals(wanted.get(id).value())) {
          refused.add(id);
        }
      }
      wanted = vanished;
    }
    return refused;
  }
}
