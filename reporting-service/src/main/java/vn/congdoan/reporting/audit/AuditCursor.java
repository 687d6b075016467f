package vn.congdoan.reporting.audit;

import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.bson.conversions.Bson;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * Where a page ended: the last row's timestamp and event id. Opaque to clients (base64), and a
 * keyset rather than an offset, so paging through millions of events stays as fast as the first
 * page and events recorded meanwhile do not shift the pages.
 */
record AuditCursor(long timestampMillis, String eventId) {
  static AuditCursor after(AuditEvent last) {
    return new AuditCursor(last.timestamp().toEpochMilli(), last.eventId());
  }

  static AuditCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return new AuditCursor(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new BadRequestException(Refusal.of("reporting.audit.cursor"));
    }
  }

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((timestampMillis + ":" + eventId).getBytes(StandardCharsets.UTF_8));
  }

  /** The rows that come after this one in the given order. */
  Bson beyond(boolean newestFirst) {
    Date at = new Date(timestampMillis);
    return newestFirst
        ? Filters.or(
            Filters.lt(TrailFields.TIMESTAMP, at),
            Filters.and(Filters.eq(TrailFields.TIMESTAMP, at), Filters.lt("_id", eventId)))
        : Filters.or(
            Filters.gt(TrailFields.TIMESTAMP, at),
            Filters.and(Filters.eq(TrailFields.TIMESTAMP, at), Filters.gt("_id", eventId)));
  }
}
