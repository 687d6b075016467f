package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

class AdmissionDocumentsTest {
  private final AdmissionDocuments documents = new AdmissionDocuments("run1", 2);

  @Test
  void oneDocumentPerCollectionLinkedLikeTheRealOnes() throws Exception {
    List<Document> admission = documents.next(1, 0);
    assertThat(admission).hasSameSizeAs(AdmissionDocuments.COLLECTIONS);
    Document claim = admission.get(0);
    Document key = admission.get(1);
    Document entry = admission.get(2);
    Document event = admission.get(3);

    assertThat(key.get("_id")).isEqualTo(claim.get("_id"));
    assertThat(claim.getString("branchId")).isEqualTo("bench-run1-2");
    assertThat(key.get("key", Binary.class).getData()).hasSize(60);
    assertThat(event.getString("_id")).isEqualTo("bench-run1-2:0");
    assertThat(entry.get("_id")).isEqualTo(event.get("eventIdentifier"));
    assertThat(entry.get("event")).isEqualTo(event.get("_id"));
    assertThat(entry.get("sequenceNumber")).isEqualTo(event.get("sequenceNumber"));

    var payload = new ObjectMapper().readTree(event.getString("serializedPayload"));
    assertThat(payload.path("memberId").asText()).isEqualTo(claim.getString("_id"));
    assertThat(payload.path("personal").path("scheme").asText()).isEqualTo("AES-256-GCM/1");
    assertThat(new ObjectMapper().readTree(event.getString("serializedMetaData")).has("user"))
        .isTrue();
    assertThat(event.getString("payloadType")).isEqualTo("membership.MemberAdmitted");
  }

  @Test
  void eachEventLinksToTheClientsPreviousOne() {
    Document first = documents.next(0, 0).get(3);
    Document second = documents.next(0, 1).get(3);
    Document otherClient = documents.next(1, 0).get(3);
    assertThat(first.getString("previousHash")).isEqualTo("0".repeat(64));
    assertThat(second.getString("previousHash")).isEqualTo(first.getString("hash"));
    assertThat(otherClient.getString("previousHash")).isEqualTo("0".repeat(64));
  }

  @Test
  void everyAdmissionHasFreshIds() {
    Document a = documents.next(0, 0).get(0);
    Document b = documents.next(0, 1).get(0);
    assertThat(a.get("_id")).isNotEqualTo(b.get("_id"));
  }
}
