package dev.targetspec.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documentation site in a real browser: Debian's headless Chromium, driven through its own
 * chromedriver, opening the pages from {@code file://} with their Content-Security-Policy in force.
 * Screenshots go to {@code tests/target/screenshots/}.
 */
class SiteBrowserTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";

    @TempDir
    static Path tmp;

    static Path site;
    static Path hostileSite;
    static Path screenshots;
    static WebDriver driver;

    @BeforeAll
    static void writeTheSitesAndStartChromium() throws Exception {
        Proc.require("chromium", "chromium");
        Proc.require("chromedriver", "chromium-driver");
        Path build = Proc.root().resolve("tests/target").toAbsolutePath();
        site = build.resolve("site");
        screenshots = build.resolve("screenshots");
        Files.createDirectories(screenshots);
        // The build folder may hold a site of an earlier build, written before sites had an outputs record.
        Proc.Result r = Proc.targetspec(Proc.root(), "docs", "-o", site.toString(), "--force", "--registry",
                Proc.root().resolve("targets").toString());
        assertEquals(0, r.code(), r.err());

        Path registry = tmp.resolve("targets");
        Files.createDirectories(registry.resolve("rustc"));
        Files.copy(Proc.root().resolve("targets/rustc/x86_64-unknown-none.json"),
                registry.resolve("rustc/x86_64-unknown-none.json"));
        Files.writeString(registry.resolve("x86_64-unknown-none-hostile.json"), """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "triple": "x86_64-unknown-none-hostile",
                  "inherits": "x86_64-unknown-none",
                  "metadata": {"description": "%s", "status": "custom", "maintainers": ["%s"]},
                  "rustc": {"cpu": "%s"}
                }
                """.formatted(esc(SCRIPT + " " + IMG), esc(IMG), esc(SCRIPT)));
        hostileSite = tmp.resolve("hostile-site");
        Proc.Result h = Proc.targetspec(Proc.root(), "docs", "-o", hostileSite.toString(), "--registry",
                registry.toString());
        // The hostile spec is invalid (its `cpu` is not a CPU): its page is written, without artifacts.
        assertEquals(1, h.code(), h.err());
        assertTrue(h.err().contains("x86_64-unknown-none-hostile is invalid"), h.err());

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#targets tbody tr:not([hidden])"));
    }

    static void screenshot(String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    @Test
    void filterSearchOpenATargetAndCopyItsArtifact() throws Exception {
        JsonNode list = JsonMapper.builder().build().readTree(Proc.targetspec(Proc.root(), "list", "--format", "json",
                "--registry", Proc.root().resolve("targets").toString()).out());
        long proposedX86 = 0;
        for (JsonNode t : list) {
            if (t.get("status").asString().equals("proposed") && t.get("arch").asString().equals("x86_64")) {
                proposedX86++;
            }
        }

        driver.get(site.resolve("index.html").toUri().toString());
        int all = visibleRows().size();
        assertEquals(list.size(), all, "every target is listed");
        assertTrue(all >= 330, all + " targets");

        new Select(driver.findElement(By.id("filter-status"))).selectByValue("proposed");
        new Select(driver.findElement(By.id("filter-arch"))).selectByValue("x86_64");
        assertEquals(proposedX86, visibleRows().size(), "the filters run: the page's script is allowed");
        assertEquals(proposedX86 + " of " + all + " targets", driver.findElement(By.id("shown")).getText());

        driver.findElement(By.id("search")).sendKeys("multiboot2");
        List<WebElement> rows = visibleRows();
        assertEquals(1, rows.size());
        assertEquals("x86_64-unknown-none-multiboot2", rows.get(0).findElement(By.tagName("a")).getText());
        screenshot("index-filtered");

        rows.get(0).findElement(By.tagName("a")).click();
        assertEquals("x86_64-unknown-none-multiboot2", driver.findElement(By.tagName("h1")).getText());
        WebElement artifact = driver.findElements(By.cssSelector("article.artifact")).stream()
                .filter(a -> a.findElement(By.tagName("h3")).getText().equals("linker-script"))
                .findFirst().orElseThrow(() -> new AssertionError("the page shows the linker script"));
        String text = artifact.findElement(By.tagName("pre")).getText();
        assertTrue(text.contains("ENTRY(_start)"), text);
        assertTrue(text.contains("Generated file - do not edit"), text);
        WebElement download = artifact.findElement(By.cssSelector("a.download"));
        assertTrue(download.getAttribute("href").endsWith("/x86_64-unknown-none-multiboot2.ld"),
                download.getAttribute("href"));

        WebElement copy = artifact.findElement(By.cssSelector("button.copy"));
        copy.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "copied".equals(copy.getAttribute("data-state")));
        assertEquals("Copied", copy.getText());
        // Paste what the button copied into a scratch text area: the clipboard holds the artifact.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var t = document.createElement('textarea'); t.id = 'paste'; document.body.appendChild(t);");
        WebElement paste = driver.findElement(By.id("paste"));
        paste.click();
        paste.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        assertEquals(text.strip(), paste.getAttribute("value").strip(), "the clipboard holds the artifact's text");
        screenshot("target-copied");
    }

    @Test
    void aHostileSpecIsShownAsText() throws Exception {
        driver.get(hostileSite.resolve("targets/x86_64-unknown-none-hostile.html").toUri().toString());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(SCRIPT + " " + IMG, driver.findElement(By.id("description")).getText());
        assertEquals(IMG, driver.findElement(By.cssSelector("#target-maintainers + ul li")).getText());
        assertEquals(0, driver.findElements(By.tagName("img")).size(), "no image element was injected");
        assertEquals(1, driver.findElements(By.tagName("script")).size(), "only the site's own script");
        screenshot("hostile-target");

        driver.get(hostileSite.resolve("index.html").toUri().toString());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0, driver.findElements(By.tagName("img")).size());
        assertTrue(driver.findElement(By.id("targets")).getText().contains(SCRIPT));
    }
}
