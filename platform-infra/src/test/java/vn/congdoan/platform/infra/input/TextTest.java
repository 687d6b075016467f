package vn.congdoan.platform.infra.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What text the record keeps: exactly what it can store and hash alike, in NFC. */
class TextTest {

  @Test
  void vietnameseIsKeptAsItIsAndDecomposedMarksAreComposed() {
    assertThat(Text.accept("Nguyễn Thị Hoa", false)).isEqualTo("Nguyễn Thị Hoa");
    assertThat(Text.accept("Nguye\u0302\u0303n Thi\u0323 Hoa", false)).isEqualTo("Nguyễn Thị Hoa");
    assertThat(Text.accept("Đoàn viên 👩‍🏭", false)).isEqualTo("Đoàn viên 👩‍🏭");
  }

  @Test
  void brokenAndHiddenCharactersAreRefused() {
    assertThat(Text.refusal("a\ud800b", false))
        .get()
        .asString()
        .contains("surrogate")
        .contains("2");
    assertThat(Text.refusal("a\udc00", true)).isPresent();
    assertThat(Text.refusal("a\u0000", true)).get().asString().contains("U+0000");
    assertThat(Text.refusal("a\u007f", true)).isPresent();
    assertThat(Text.refusal("a\u0085", true)).isPresent();
    assertThat(Text.refusal("\uffff", true)).get().asString().contains("non-character");
    assertThat(Text.refusal("\ufdd0", true)).isPresent();
    assertThatThrownBy(() -> Text.accept("a\ud800", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyProseHoldsLineBreaksAndTabs() {
    assertThat(Text.refusal("Một.\nHai.\r\n\tBa.", true)).isEmpty();
    assertThat(Text.refusal("Một\nHai", false)).get().asString().contains("longer texts");
    assertThat(Text.refusal("Một\tHai", false)).isPresent();
  }

  /**
   * The property the hash chain needs: whatever random UTF-16 a client sends, either it is refused
   * or what is kept survives the trip to UTF-8 and back unchanged.
   */
  @Test
  void whatIsKeptSurvivesUtf8Exactly() {
    Random random = new Random(14);
    int kept = 0;
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[1 + random.nextInt(12)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] =
            random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x300);
      }
      String sent = new String(chars);
      if (Text.refusal(sent, random.nextBoolean()).isEmpty()) {
        String stored = Text.accept(sent, true);
        assertThat(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
            .isEqualTo(stored);
        kept++;
      }
    }
    assertThat(kept).isGreaterThan(1_000);
  }
}
