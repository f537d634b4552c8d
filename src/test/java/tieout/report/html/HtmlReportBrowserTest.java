package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.io.AtomicFile;
import tieout.run.RunResult;
import tieout.testing.Results;
import tieout.testing.Runs;

/**
 * Loads the HTML report of the bundled sample (plus a failed check whose entity is a script tag) in
 * headless Chromium through Selenium: the failed checks are listed, the SVG charts render with a
 * size, no script ran, nothing was fetched; a screenshot goes to {@code target/html-report.png}.
 * Skipped only when Chromium is missing outside CI; under {@code CI=true} it must run.
 */
class HtmlReportBrowserTest {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use them. */
  static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir static Path profile;
  static ChromeDriver driver;
  static RunResult result;
  static List<Finding> failed;

  /** Whether the browser runs: Chromium is installed, or CI (where its absence must fail, not skip). */
  static final boolean BROWSER = (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) || System.getenv("CI") != null;

  @BeforeAll
  static void openReport() throws Exception {
    if (!BROWSER) {
      return; // each test is skipped with the reason below: an assumption here would hide them from the count
    }
    RunResult sample = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules"));
    RunResult hostile = HtmlFixtures.run(HtmlFixtures.SCRIPT);
    Finding xss = hostile.findings().get(0);
    List<Finding> findings = new ArrayList<>(sample.findings());
    findings.add(xss);
    result = Results.of(sample.rules(), sample.ledger(), ImmutableList.copyOf(findings),
        ImmutableMap.of(xss, hostile.explanationsOf(xss)), hostile.flux(), hostile.narrative());
    failed = findings.stream().filter(f -> f.status() == Status.FAIL).toList();
    Path page = Path.of("target/html-report.html").toAbsolutePath();
    AtomicFile.write(page, out -> new HtmlReport().write(result, out));

    // Selenium Manager must never run (it would try the network): both paths are given, and it is
    // told to stay offline should it start anyway.
    System.setProperty("SE_OFFLINE", "true");
    DEVTOOLS_LOG.setLevel(Level.OFF);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1280,1600");
    // An alert left open would be reported by switchTo().alert() instead of being dismissed silently.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.get(page.toUri().toString());
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(BROWSER,
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver); runs under CI");
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void failedChecksAreListedFirstAndNoScriptRan() throws Exception {
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    List<WebElement> articles = driver.findElements(By.cssSelector("#failed article.finding"));
    List<String> rules = articles.stream().map(a -> a.getAttribute("data-rule")).toList();
    assertThat(rules, equalTo(failed.stream().map(Finding::rule).toList()));
    assertThat(articles.get(0).findElement(By.cssSelector("h3")).getText(),
        is("FAIL IS-Q2Y " + failed.get(0).message()));
    // The hostile entity is shown as text, not run.
    WebElement last = articles.get(articles.size() - 1);
    assertThat(last.findElement(By.cssSelector(".ctx")).getText(), is("<script>alert(1)</script> \u00b7 2013-01-01/2013-12-31"));
    assertThat(last.findElement(By.cssSelector("h3")).getText(), containsString("<img src=x onerror=alert(2)>"));
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return document.scripts.length"), is(0L));
    assertThat(js.executeScript("return document.images.length"), is(0L));
    // Self-contained: the page fetched nothing.
    assertThat(js.executeScript("return performance.getEntriesByType('resource').length"), is(0L));
    assertThat(driver.findElement(By.cssSelector("#summary .card.fail .n")).getText(),
        is(String.valueOf(failed.size())));
  }

  @Test
  void chartsRenderWithASize() {
    List<WebElement> charts = driver.findElements(By.cssSelector("#failed svg.chart"));
    // The sample's four failures are roll-ups, and so is the hostile one.
    assertThat(charts.size(), is(failed.size()));
    for (WebElement chart : charts) {
      Rectangle r = chart.getRect();
      assertThat(r.getWidth(), is(RollupChart.WIDTH));
      assertThat(r.getHeight(), is(RollupChart.HEIGHT));
      Rectangle bar = chart.findElement(By.cssSelector("rect.reported")).getRect();
      assertThat(bar.getHeight(), greaterThan(0));
      assertThat(chart.findElements(By.cssSelector("rect.part")).size(), is(4));
    }
    // Passed roll-ups are drawn inside the collapsed section and render once it is opened.
    driver.findElement(By.cssSelector("#passed-details > summary")).click();
    WebElement passedChart = driver.findElement(By.cssSelector("#passed-details svg.chart"));
    assertThat(passedChart.getRect().getWidth(), greaterThan(0));
    assertThat(passedChart.getRect().getHeight(), greaterThan(0));
    driver.findElement(By.cssSelector("#passed-details > summary")).click();
  }

  @Test
  void screenshotIsSaved() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.executeScript("window.scrollTo(0, 0)");
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path shot = Path.of("target/html-report.png");
    Files.write(shot, png);
    assertThat(png.length, greaterThan(10_000));
    // PNG signature.
    assertThat(png[1] == 'P' && png[2] == 'N' && png[3] == 'G', is(true));
  }
}
