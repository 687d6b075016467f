package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./platform} script's start-up and watch, sourced in bash with stand-ins for the JVMs:
 * when a part of the platform dies, the script names it and says why.
 */
class PlatformScriptTest {
  private static final Path SCRIPT = Path.of("..", "platform").toAbsolutePath().normalize();

  @TempDir Path dir;

  private record Run(int code, String output) {}

  /** Runs {@code commands} in a bash that sourced the script, in a scratch directory. */
  private Run run(String commands) throws IOException, InterruptedException {
    return run(commands, Map.of());
  }

  /** … with {@code environment} added to this JVM's. */
  private Run run(String commands, Map<String, String> environment)
      throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("data/logs"));
    var builder =
        new ProcessBuilder("bash", "-c", "source '" + SCRIPT + "'\n" + commands)
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process bash = builder.start();
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("the script ended").isTrue();
    return new Run(bash.exitValue(), new String(bash.getInputStream().readAllBytes(), UTF8));
  }

  /** Runs the watch over the stand-ins {@code started} leaves, platform-local's started last. */
  private Run watch(String started) throws IOException, InterruptedException {
    return run(started + "INFRA_PID=$!\nwatch_processes\n");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  @Test
  void theJarsAreBuiltAgainWhenMissingOrOlderThanASource() throws Exception {
    var run =
        run(
            """
            mkdir -p a/src/main/java a/target b/target data/a/src/main
            touch -d '2026-01-01' pom.xml a/src/main/java/A.java
            touch -d '2026-01-02' a/target/a-1-exec.jar
            touch -d '2026-01-03' b/target/b-1-exec.jar
            touch -d '2026-01-04' data/a/src/main/kept.txt
            needs_build a b && echo built || echo as-is
            touch -d '2026-01-02 12:00' a/src/main/java/A.java
            needs_build a b && echo built || echo as-is
            touch -d '2026-01-05' a/target/a-1-exec.jar b/target/b-1-exec.jar
            needs_build a b && echo built || echo as-is
            touch -d '2026-01-06' pom.xml
            needs_build a b && echo built || echo as-is
            needs_build a b c && echo built || echo as-is
            """);

    // a source newer than the oldest jar (not one in data/), a newer pom, a jar missing
    assertThat(run.output().lines()).containsExactly("as-is", "built", "as-is", "built", "built");
  }

  @Test
  void platformLocalDyingOfOutOfMemoryAfterStartUpIsNamedWithItsReasonAndLastLines()
      throws Exception {
    var run =
        watch(
            """
            (echo 'Kafka    127.0.0.1:9092'
             echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space'
             exit 3) >data/logs/platform-local.log 2>&1 &
            """);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.output())
        .contains(
            "Kafka/MongoDB (platform-local) ran out of memory (java.lang.OutOfMemoryError; raise"
                + " -Xmx in its *_JAVA_OPTS), exit code 3. Last lines of"
                + " ./data/logs/platform-local.log:")
        .contains("Terminating due to java.lang.OutOfMemoryError: Java heap space");
  }

  @Test
  void aServiceKilledAfterStartUpIsReportedAndThePlatformGoesOnUntilTheInfraEnds()
      throws Exception {
    var run =
        watch(
            """
            exec 2>watch.txt
            trap 'cat watch.txt' EXIT
            echo 'Started WelfareApplication' >data/logs/welfare-service.log
            bash -c 'kill -9 $$' &
            SERVICE_PIDS[1]=$!
            # the stand-in broker ends only once the service's end was reported
            (until grep -q welfare-service watch.txt; do sleep 0.1; done
             echo 'Stopped.') >data/logs/platform-local.log 2>&1 &
            """);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.output())
        .contains(
            "welfare-service was killed by signal 9 (KILL), perhaps by the system's out-of-memory"
                + " killer, exit code 137. Last lines of ./data/logs/welfare-service.log:"
                + System.lineSeparator()
                + "Started WelfareApplication")
        .contains("Kafka/MongoDB (platform-local) has stopped, exit code 0.");
  }

  @Test
  void platformLocalStartsWithExitOnOutOfMemoryAndItsEndDuringStartUpIsExplained()
      throws Exception {
    Files.createDirectories(dir.resolve("platform-local/target"));
    Files.writeString(dir.resolve("platform-local/target/platform-local-0-exec.jar"), "");
    var run =
        run(
            """
            java() {
              echo "$@" >java-args.txt
              echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space' >&2
              return 3
            }
            MONGO_STORE=disk
            start_infra
            """);

    assertThat(run.code()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("java-args.txt")))
        .startsWith("-XX:+ExitOnOutOfMemoryError -Xmx1g -jar ");
    assertThat(run.output())
        .contains("platform-local ran out of memory")
        .contains("during start-up, exit code 3");
  }

  @Test
  void aServiceRunsFromTheClassArchiveItsLastCleanStopWroteAndARebuiltJarStartsAfresh()
      throws Exception {
    var run =
        run(
            """
            java() {
              case $1 in
                -Djarmode=tools) mkdir -p "$6" && touch "$6/app.jar" ;;
                -version) echo 'openjdk version "17"' ;;
              esac
            }
            jar=svc/target/svc-0-exec.jar
            mkdir -p svc/target && touch "$jar"
            launch_args 0 "$jar"; echo "first: ${LAUNCH[*]}"
            touch "${ARCHIVES_WRITTEN[0]}"
            KILLED=""; keep_archive 0
            launch_args 0 "$jar"; echo "second: ${LAUNCH[*]}"
            touch -d '+1 minute' "$jar"
            launch_args 0 "$jar"; echo "rebuilt: ${LAUNCH[*]}"
            touch "${ARCHIVES_WRITTEN[0]}"
            KILLED=yes; keep_archive 0
            echo "kept after a kill: $(ls svc/target/svc-0-exec-cds)"
            """);

    String archive = "svc/target/svc-0-exec-cds/classes-";
    assertThat(run.output())
        .containsPattern("first: -XX:ArchiveClassesAtExit=" + archive + "\\d+\\.jsa\\.new .*-jar")
        .contains("-jar svc/target/svc-0-exec-cds/app.jar")
        .containsPattern("second: -XX:SharedArchiveFile=" + archive + "\\d+\\.jsa ")
        .containsPattern("rebuilt: -XX:ArchiveClassesAtExit=")
        .contains("kept after a kill: app.jar" + System.lineSeparator());
  }

  @Test
  void withoutClassSharingTheExecJarRunsAsBuilt() throws Exception {
    var run =
        run(
            """
            launch_args 0 svc/target/svc-0-exec.jar; echo "args: ${LAUNCH[*]}"
            """,
            Map.of("CLASS_SHARING", "off"));

    assertThat(run.output()).contains("args: -jar svc/target/svc-0-exec.jar");
  }
}
