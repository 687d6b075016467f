package vn.congdoan.platform.infra.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves under its name rather than shows: an export, a report, a workbook. */
public final class Attachment {
  private Attachment() {}

  public static <T> ResponseEntity<T> of(T body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
