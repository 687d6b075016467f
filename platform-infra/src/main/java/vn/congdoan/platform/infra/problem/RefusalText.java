package vn.congdoan.platform.infra.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import vn.congdoan.platform.api.Refusal;

/**
 * Writes a refusal kept in an answer (a rule a year's books break, say) as its text in the
 * request's language, like a problem's detail. Named on the field ({@code @JsonSerialize}) rather
 * than registered for every {@link Refusal}, so that nothing stored is ever written as prose.
 */
public final class RefusalText extends StdSerializer<Refusal> {
  public RefusalText() {
    super(Refusal.class);
  }

  @Override
  public void serialize(Refusal refusal, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    json.writeString(ProblemLanguage.detail(refusal));
  }
}
