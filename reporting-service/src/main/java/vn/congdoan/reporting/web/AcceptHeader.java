package vn.congdoan.reporting.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The types an {@code Accept} header asks for, most preferred first, refused ones (q=0) left out.
 */
final class AcceptHeader {
  private AcceptHeader() {}

  static List<MediaType> preferred(String accept) {
    return MediaType.parseMediaTypes(accept).stream()
        .filter(t -> t.getQualityValue() > 0)
        .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
        .toList();
  }
}
