package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Locale;

/**
 * An insert's answer counts what was inserted, as MongoDB counts it: mongo-java-server answers
 * {@code n} with every document asked for, the ones refused (a duplicate key) included, so a client
 * counting what a batch changed counted a refused insert as done.
 */
final class InsertCount {
  private InsertCount() {}

  static Document corrected(String command, Document query, Document answer) {
    if (!command.toLowerCase(Locale.ROOT).equals("insert")
        || !(answer.get("writeErrors") instanceof List<?> errors)
        || errors.isEmpty()
        || !(query.get("documents") instanceof List<?> documents)) {
      return answer;
    }
    // mongo-java-server stops an ordered insert at its first refusal, as MongoDB does
    int inserted =
        Utils.isTrue(query.get("ordered"))
            ? index(errors.get(0), documents.size())
            : documents.size() - errors.size();
    answer.put("n", inserted);
    return answer;
  }

  private static int index(Object error, int otherwise) {
    return error instanceof Document d && d.get("index") instanceof Number i
        ? i.intValue()
        : otherwise;
  }
}
