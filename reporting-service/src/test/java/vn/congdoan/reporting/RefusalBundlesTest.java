package vn.congdoan.reporting;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.testing.RefusalBundleCheck;

/** Every refusal reporting-service raises has its text in English and Vietnamese. */
class RefusalBundlesTest {
  @Test
  void everyKeyTheCodeUsesIsInBothBundlesAndTheBundlesAgree() throws IOException {
    RefusalBundleCheck.check(Path.of(""), "reporting");
  }
}
