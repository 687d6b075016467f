package vn.congdoan.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the dashboard: Debian's {@code chromium} and {@code
 * chromium-driver}, named explicitly so that Selenium Manager never tries to download a browser or
 * a driver (the build machines have no network).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30);

  /**
   * Selenium warns on every start that it has no DevTools binding for this Chromium version; the
   * tests use WebDriver only. Held here so the configured logger is not collected.
   */
  private static final java.util.logging.Logger CDP_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Where the browser saves files, without asking. */
  Path downloads() {
    return profile.resolve("downloads");
  }

  static Browser desktop() {
    return open(1280, 1000, false);
  }

  /**
   * A phone-sized viewport. A desktop window cannot be narrower than about 500 px, so the 375 px
   * viewport is Chrome's device emulation, as the developer tools' phone mode does it.
   */
  static Browser phone() {
    return open(375, 812, true);
  }

  private static Browser open(int width, int height, boolean phone) {
    // Missing browser = failed test, not a skipped one: CI installs both packages.
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "The browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver");
    }
    try {
      Path profile = Files.createTempDirectory("it-chromium");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              profile.resolve("downloads").toString(),
              "download.prompt_for_download",
              false));
      if (phone) {
        options.setExperimentalOption(
            "mobileEmulation",
            Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
      }
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .withLogOutput(java.io.OutputStream.nullOutputStream())
              .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new IllegalStateException("no temporary profile directory", e);
    }
  }

  /** Opens the dashboard and signs in through its form, as a user would. */
  void signIn(String dashboardUrl, String name, String role, String branch) {
    driver.get(dashboardUrl);
    WebElement form =
        await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("form")));
    form.findElement(By.name("sub")).sendKeys(name);
    new Select(form.findElement(By.name("role"))).selectByValue(role);
    if (branch != null) {
      form.findElement(By.name("branch")).sendKeys(branch);
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-action=sign-out]")));
  }

  /**
   * Clicks what {@code locator} finds, again if the live feed re-drew the page between finding and
   * clicking it (other tests write to the province all along).
   */
  void click(By locator) {
    await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(locator).click();
              return true;
            });
  }

  WebDriverWait await() {
    var wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    wait.withMessage(() -> "the page showed:\n" + pageText());
    return wait;
  }

  /** Waits until the figure named {@code name} (its data-figure attribute) reads {@code text}. */
  void awaitFigure(String name, String text) {
    await().until(ExpectedConditions.textToBe(figure(name), text));
  }

  static By figure(String name) {
    return By.cssSelector("[data-figure='" + name + "']");
  }

  String text(By locator) {
    return await().until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
  }

  void selectYear(int year) {
    new Select(await().until(ExpectedConditions.elementToBeClickable(By.name("year"))))
        .selectByValue(String.valueOf(year));
  }

  /** Waits until a download named {@code name} is complete and returns its bytes. */
  byte[] awaitDownload(String name) {
    Path file = downloads().resolve(name);
    // Chrome writes to a .crdownload file and renames it once complete.
    await().until(d -> Files.isRegularFile(file));
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Figures shown on screen right now (hidden sections excluded). */
  List<String> visibleFigures() {
    return driver.findElements(By.cssSelector("[data-figure]")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getAttribute("data-figure") + "=" + e.getText())
        .toList();
  }

  String pageText() {
    try {
      return driver.findElement(By.tagName("body")).getText();
    } catch (RuntimeException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
