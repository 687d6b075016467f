package vn.congdoan.welfare.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A donation campaign (vận động ủng hộ); written as its plain id in JSON. */
public record CampaignId(@JsonValue String value) {
  @JsonCreator
  public CampaignId {
    Objects.requireNonNull(value, "campaign id");
  }

  /** The plain id of {@code id}; null for none. */
  public static String valueOf(CampaignId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
