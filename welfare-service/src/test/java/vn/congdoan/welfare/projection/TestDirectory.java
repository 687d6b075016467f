package vn.congdoan.welfare.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;

/** The directory and its projection on one database of an in-memory server, without Kafka. */
final class TestDirectory {
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final MembershipEvents events = new MembershipEvents();
  final MemberStays stays;
  final MemberStayProjection projection;
  final MongoMemberDirectory directory;

  TestDirectory(InMemoryMongo mongo, String database) {
    MongoDatabase db = mongo.database(database);
    stays = new MemberStays(db);
    projection = new MemberStayProjection(stays, events, registry);
    directory = new MongoMemberDirectory(stays);
  }

  void apply(EventEnvelope... batch) {
    projection.apply(List.of(batch));
  }

  void apply(List<EventEnvelope> batch) {
    projection.apply(batch);
  }

  /** Every stored document in id order: what "the same directory" means in tests. */
  List<Document> contents() {
    return stays.collection().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
  }

  double count(String outcome) {
    var counter = registry.find(MemberStayProjection.EVENTS).tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }
}
