package org.d365policy.report;

import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report rendered by a real browser, headless Chromium (Debian package {@code chromium}, which
 * .ci/run installs): the screenshot shows content, and the browser logs no console message, which is
 * where it reports a blocked request (the report's Content-Security-Policy forbids every other host)
 * or a script. The screenshot is kept as target/html-report.png for a person to look at.
 */
class HtmlInChromiumTest {
    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Path.of(candidate))) chromium = Path.of(candidate);
        }
        assumeTrue(chromium != null, "headless Chromium is not installed here (apt-get install -y chromium; .ci/run does)");
    }

    /** The browser's own log: console messages appear as lines with ":CONSOLE". */
    private record Rendered(BufferedImage screenshot, List<String> console) {
    }

    private Rendered render(Path html, Path png) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1200,1800", "--enable-logging=stderr", "--v=0",
                "--screenshot=" + png.toAbsolutePath(), html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) console.add(line);
        }
        return new Rendered(ImageIO.read(png.toFile()), console);
    }

    /** Standard deviation of the luminance: a blank or single-colour page is near 0. */
    private static double spread(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double l = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
                sum += l;
                squares += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean);
    }

    /** Pixels of the error red (#b3261e) of the charts and badges, give or take anti-aliasing. */
    private static int errorRed(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - 0xb3) < 8 && Math.abs(((rgb >> 8) & 0xff) - 0x26) < 8
                        && Math.abs((rgb & 0xff) - 0x1e) < 8) n++;
            }
        }
        return n;
    }

    @Test
    void theReportRendersWithContentAndWithoutAnyConsoleMessage() throws Exception {
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("check", "examples/contoso.tenant.yaml", "--waivers", "examples/contoso.waivers.yaml",
                "--report", "html=" + html);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        Path png = Path.of("target", "html-report.png");
        Rendered rendered = render(html, png);
        assertThat(rendered.console()).as("console messages").isEmpty();
        assertThat(rendered.screenshot().getWidth()).isEqualTo(1200);
        assertThat(spread(rendered.screenshot())).as("luminance spread").isGreaterThan(20);
        assertThat(errorRed(rendered.screenshot())).as("red of the error bars and badges").isGreaterThan(5_000);
    }

    @Test
    void theChecksSeeABlankPageAndABlockedRequest() throws Exception {
        Path blank = dir.resolve("blank.html");
        Files.writeString(blank, "<!DOCTYPE html><html><body></body></html>");
        Rendered empty = render(blank, dir.resolve("blank.png"));
        assertThat(spread(empty.screenshot())).isLessThan(1);
        assertThat(errorRed(empty.screenshot())).isZero();

        Path fetching = dir.resolve("fetching.html");
        Files.writeString(fetching, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
                + "</head><body><img src=\"http://127.0.0.1:9/x.png\"></body></html>");
        assertThat(render(fetching, dir.resolve("fetching.png")).console()).isNotEmpty();
    }
}
