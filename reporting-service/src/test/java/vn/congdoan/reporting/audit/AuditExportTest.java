package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;

/** The auditors' CSV opens in a spreadsheet as text: nothing in it is evaluated as a formula. */
class AuditExportTest {

  @Test
  void cellsASpreadsheetWouldEvaluateAreWrittenAsText() throws Exception {
    var event =
        new AuditEvent(
            "e-1",
            "membership",
            "membership.ActivityRecorded",
            "1",
            "Branch",
            "b-1",
            7,
            Instant.parse("2024-05-01T03:00:00Z"),
            "@officer",
            "=HYPERLINK(\"http://x\",\"y\")",
            "b-1",
            Map.of("title", "=1+1"));
    var out = new ByteArrayOutputStream();
    new AuditExport(EventJson.mapper()).csv(sink -> sink.accept(event), out);

    String csv = out.toString(StandardCharsets.UTF_8).substring(1); // after the BOM
    CSVRecord row =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv))
            .getRecords()
            .get(0);
    assertThat(row.get(8)).isEqualTo("'@officer");
    assertThat(row.get(9)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(row.get(6)).isEqualTo("7");
    assertThat(row.get(0)).isEqualTo("e-1");
    assertThat(row.get(11)).startsWith("{").contains("=1+1");
  }
}
