package vn.congdoan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A workspace form's fields found by their visible label, as a user finds them. */
final class Forms {
  private Forms() {}

  /** The input, select or text area inside the label that starts with {@code label}. */
  static WebElement field(WebElement form, String label) {
    return form.findElement(
        By.xpath(
            ".//label[starts-with(normalize-space(), '"
                + label
                + "')]/*[self::input or self::select or self::textarea]"));
  }

  static void fill(WebElement form, String label, String text) {
    WebElement input = field(form, label);
    input.clear();
    input.sendKeys(text);
  }

  static void choose(WebElement form, String label, String option) {
    new Select(field(form, label)).selectByVisibleText(option);
  }

  static void submit(WebElement form) {
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** The <details> whose summary starts with {@code title}, opened if it was closed. */
  static WebElement section(SearchContext in, String title) {
    WebElement details =
        in.findElement(
            By.xpath(".//details[summary[starts-with(normalize-space(), '" + title + "')]]"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    return details;
  }

  static boolean invalid(WebElement form, String label) {
    return "true".equals(field(form, label).getAttribute("aria-invalid"));
  }
}
