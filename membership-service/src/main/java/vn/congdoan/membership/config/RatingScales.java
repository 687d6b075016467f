package vn.congdoan.membership.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;

/**
 * The rating categories (đánh giá xếp loại), code → Vietnamese label. They change with the upper
 * union's guidance, so they are configuration ({@code membership.ratings.*}), not code.
 */
@ConfigurationProperties("membership.ratings")
public record RatingScales(Map<String, String> member, Map<String, String> collective) {
  public RatingScales {
    member = member == null ? Map.of() : new LinkedHashMap<>(member);
    collective = collective == null ? Map.of() : new LinkedHashMap<>(collective);
  }

  /** Refuses a code outside the scale, naming the ones allowed. */
  public void check(Map<String, String> scale, String field, String code) {
    if (code != null && !scale.containsKey(code)) {
      throw new BadRequestException(
          Refusal.of("membership.ratings.unknown", field, code, String.join(", ", scale.keySet())));
    }
  }
}
