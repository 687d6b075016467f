package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void byDefaultWritesSpreadOverThreeHundredBranchesThenEightHotOnes() {
    var options = Options.parse();
    assertThat(options.branches()).isEqualTo(300);
    assertThat(options.hotBranches()).isEqualTo(8);
    assertThat(options.clients()).isEqualTo(32);
    assertThat(options.mongo()).isEqualTo("mongodb://127.0.0.1:27018");
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void moreBranchesThanClientsAreKept() {
    var options = Options.parse("--clients", "4", "--branches", "500");
    assertThat(options.branches()).isEqualTo(500);
    assertThat(options.clients()).isEqualTo(4);
  }

  @Test
  void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    var options = Options.parse("--hot-branches=2", "--mongo", "mongodb://store.local:27017/?w=1");
    assertThat(options.hotBranches()).isEqualTo(2);
    assertThat(options.mongo()).isEqualTo("mongodb://store.local:27017/?w=1");
  }

  @Test
  void zeroHotBranchesTurnsTheHotPhaseOff() {
    assertThat(Options.parse("--hot-branches", "0").hotBranches()).isZero();
  }

  @Test
  void aNegativeHotBranchCountIsRefused() {
    assertThatThrownBy(() -> Options.parse("--hot-branches", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--hot-branches")
        .hasMessageContaining("0 or more");
  }

  @Test
  void thereIsNoPhaseWithoutBranches() {
    assertThatThrownBy(() -> Options.parse("--branches", "0"))
        .hasMessageContaining("--branches must be a whole number above 0");
  }

  @Test
  void aStoreThatIsNotAMongoConnectionStringIsRefusedAtOnce() {
    assertThatThrownBy(() -> Options.parse("--mongo", "http://127.0.0.1:27018"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--mongo");
  }

  @Test
  void anUnknownFlagIsRefused() {
    assertThatThrownBy(() -> Options.parse("--hot", "8")).hasMessageContaining("unknown flag");
  }

  @Test
  void theUsageTextNamesTheDefaults() {
    assertThat(Options.USAGE)
        .contains("[--branches 300]", "[--hot-branches 8]", "--mongo", "27018");
  }
}
