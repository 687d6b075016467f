package vn.congdoan.reporting.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.congdoan.platform.infra.web.CsvCells;
import vn.congdoan.reporting.projection.TrailFields;

/** Writes the audit history as NDJSON or CSV, one event at a time, straight to the response. */
public class AuditExport {
  static final String[] COLUMNS = {
    "eventId",
    TrailFields.SERVICE,
    TrailFields.TYPE,
    TrailFields.REVISION,
    TrailFields.AGGREGATE_TYPE,
    TrailFields.AGGREGATE_ID,
    TrailFields.SEQUENCE,
    TrailFields.TIMESTAMP,
    TrailFields.USER,
    TrailFields.CORRELATION_ID,
    "branchId",
    TrailFields.PAYLOAD
  };

  private final ObjectMapper json;

  public AuditExport(ObjectMapper json) {
    this.json = json;
  }

  /** A page, already read: {@code {events, next}}. */
  public void json(AuditPage page, OutputStream out) throws IOException {
    out.write(json.writeValueAsBytes(page));
  }

  /** One JSON object a line, as the JSON page lists them. */
  public void ndjson(AuditQuery.AuditRows rows, OutputStream out) throws IOException {
    Writer writer = writer(out);
    rows.forEach(event -> line(writer, event));
    writer.flush();
  }

  /**
   * A header row, then one row an event with the payload as a JSON text column. Starts with a BOM:
   * Excel otherwise reads the file as the local code page and garbles Vietnamese.
   */
  public void csv(AuditQuery.AuditRows rows, OutputStream out) throws IOException {
    Writer writer = writer(out);
    writer.write('\uFEFF');
    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer);
    rows.forEach(event -> row(csv, event));
    csv.flush();
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
  }

  private void line(Writer writer, AuditEvent event) {
    try {
      writer.write(json.writeValueAsString(event));
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(CSVPrinter csv, AuditEvent e) {
    try {
      csv.printRecord(
          Stream.of(
                  e.eventId(),
                  e.service(),
                  e.type(),
                  e.revision(),
                  e.aggregateType(),
                  e.aggregateId(),
                  e.sequence(),
                  e.timestamp(),
                  e.user(),
                  e.correlationId(),
                  e.branchId(),
                  payload(e))
              .map(CsvCells::safe));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private String payload(AuditEvent e) throws JsonProcessingException {
    return e.payload() == null ? "" : json.writeValueAsString(e.payload());
  }
}
