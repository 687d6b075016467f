package vn.congdoan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * Sections III and IV of the report, its recipients and signature, as the branch enters them. The
 * texts are the reference report's, one paragraph or item a line.
 */
final class ModelNarrative {
  static final List<String> RECIPIENTS =
      List.of(
          "Công đoàn Viên chức tỉnh (để báo cáo)",
          "Đảng ủy Văn phòng",
          "Đoàn viên Công đoàn Văn phòng",
          "Lưu: VT, CĐVP");

  private ModelNarrative() {}

  static String text(String part) {
    String name = "narrative-2024-" + part + ".txt";
    try (InputStream in = ModelNarrative.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the demo jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read", e);
    }
  }

  static void record(BranchSession b) {
    b.put(
        b.client.services.membershipUrl(),
        "narrative:2024",
        "/years/2024/narrative",
        Body.of(
            "shortcomings", text("shortcomings"),
            "causes", text("causes"),
            "priorities", text("priorities"),
            "recipients", RECIPIENTS,
            "signatory",
                Body.of("title", "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "name", ModelRoster.name(0))));
  }
}
