package vn.congdoan.platform.infra.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check itself: platform-infra's own bundles pass it, and each kind of mistake fails it. */
class RefusalBundleCheckTest {
  private static final String CODE =
      """
      class Branch {
        void refuse(String id, java.time.LocalDate on) {
          // Refusal.of("x.in-a-comment") is not a use
          throw new RuleViolationException(Refusal.of("x.dissolved", id, f(on, "a,b")));
        }
      }
      """;

  @TempDir Path module;

  @Test
  void platformInfrasOwnBundlesAgreeWithItsCode() throws IOException {
    RefusalBundleCheck.check(Path.of(""), "platform");
  }

  private void write(String code, String english, String vietnamese) throws IOException {
    Files.createDirectories(module.resolve("src/main/java"));
    Files.createDirectories(module.resolve("src/main/resources"));
    Files.writeString(module.resolve("src/main/java/Branch.java"), code);
    Files.writeString(module.resolve("src/main/resources/refusals.properties"), english);
    Files.writeString(module.resolve("src/main/resources/refusals_vi.properties"), vietnamese);
  }

  @Test
  void bundlesThatAgreeWithTheCodePass() throws IOException {
    write(CODE, "x.dissolved=Branch {0} was dissolved on {1}", "x.dissolved=Giải thể {0} {1}");

    assertThatCode(() -> RefusalBundleCheck.check(module, "x")).doesNotThrowAnyException();
  }

  @Test
  void aKeyMissingFromABundleFails() throws IOException {
    write(CODE, "x.dissolved=Branch {0} was dissolved on {1}", "");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessageContaining("x.dissolved is in one bundle only")
        .hasMessageContaining("x.dissolved is used in the code but missing from a bundle");
  }

  @Test
  void aKeyTheCodeDoesNotUseFails() throws IOException {
    write(
        CODE,
        "x.dissolved=Branch {0} was dissolved on {1}\nx.gone=Gone",
        "x.dissolved=Giải thể {0} {1}\nx.gone=Đã hết");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessage("x.gone is used nowhere in the code");
  }

  @Test
  void valuesTheTextHasNoPlaceForFail() throws IOException {
    write(CODE, "x.dissolved=Branch {0} was dissolved", "x.dissolved=Giải thể {0}");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessageContaining("x.dissolved is given 2 values");
  }

  @Test
  void placesThatDifferBetweenTheLanguagesFail() throws IOException {
    write(CODE, "x.dissolved=Branch {0} was dissolved on {1}", "x.dissolved=Giải thể {0}");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessageContaining("other places in English than in Vietnamese");
  }

  @Test
  void aLoneApostropheAnUntranslatedTextAndAForeignPrefixFail() throws IOException {
    write(
        CODE.replace("x.dissolved", "y.dissolved"),
        "y.dissolved=Branch {0}'s closing on {1}",
        "y.dissolved=Branch {0}'s closing on {1}");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessageContaining("lone apostrophe")
        .hasMessageContaining("y.dissolved is not translated")
        .hasMessageContaining("does not start with x.");
  }

  @Test
  void aKeyThatIsNotWrittenOutFails() throws IOException {
    write(
        "class A { Object r = Refusal.of(key, 1); }",
        "x.dissolved=Branch {0}",
        "x.dissolved=Giải thể {0}");

    assertThatThrownBy(() -> RefusalBundleCheck.check(module, "x"))
        .hasMessageContaining("whose key is not written out");
  }
}
