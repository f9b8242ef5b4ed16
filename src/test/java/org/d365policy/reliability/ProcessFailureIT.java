package org.d365policy.reliability;

import org.d365policy.bench.TenantGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The built jar in its own process: interrupted, starved of memory, and in other locales, zones and core counts. */
class ProcessFailureIT {
    private static final String JAR = System.getProperty("d365policy.jar");

    @TempDir
    Path dir;

    private static Process start(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(false).start();
    }

    private static String output(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    @Test
    void anInterruptedRunNeverExitsZeroOrOne() throws Exception {
        Path tenant = dir.resolve("big.json");
        new TenantGenerator(60_000, 7).write(tenant);
        // With --fail-on none a finished run exits 0, so anything else shows the interruption.
        Process p = start(List.of(), "check", tenant.toString(), "--fail-on", "none", "--format", "json", "--output",
                dir.resolve("report.json").toString());
        Thread.sleep(3_000);
        assertThat(p.isAlive()).as("still working when interrupted").isTrue();
        p.destroy();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isNotIn(0, 1);
    }

    @Test
    void theLauncherGivesWhatTheJarGives() throws Exception {
        Path launcher = Path.of(JAR).resolveSibling("d365-policy");
        assertThat(launcher).isExecutable();
        Process viaLauncher = new ProcessBuilder(launcher.toString(), "check", "examples/contoso.tenant.yaml", "--format", "json").start();
        Process viaJar = start(List.of(), "check", "examples/contoso.tenant.yaml", "--format", "json");
        String launched = output(viaLauncher);
        assertThat(launched).isEqualTo(output(viaJar)).contains("\"tool\": \"d365-policy\"");
        assertThat(viaLauncher.exitValue()).isEqualTo(1);
        assertThat(new String(viaLauncher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void runningOutOfMemoryExits4() throws Exception {
        Path tenant = dir.resolve("big.json");
        new TenantGenerator(60_000, 7).write(tenant);
        Process p = start(List.of("-Xmx64m"), "check", tenant.toString());
        output(p);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(4);
        assertThat(err).contains("OutOfMemoryError").contains("MB of heap; give Java more memory").doesNotContain("\tat ");
    }

    @Test
    void theSameInputGivesTheSameBytesInAnyLocaleZoneAndCoreCount() throws Exception {
        List<List<String>> jvms = List.of(
                List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-XX:ActiveProcessorCount=2"),
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati", "-XX:ActiveProcessorCount=1"),
                List.of("-Duser.language=ar", "-Duser.country=SA", "-Duser.timezone=America/Adak", "-Dfile.encoding=ISO-8859-1"));
        List<String[]> commands = List.of(
                new String[] {"check", "examples/contoso.tenant.yaml", "--waivers", "examples/contoso.waivers.yaml", "--format", "json"},
                new String[] {"check", "examples/contoso.tenant.yaml", "--waivers", "examples/contoso.waivers.yaml", "--format", "sarif"},
                new String[] {"check", "examples/contoso.tenant.yaml", "--format", "text"},
                new String[] {"check", "examples/contoso.tenant.yaml", "--format", "junit"},
                new String[] {"what-if", "examples/contoso.tenant.yaml", "examples/contoso.changes.yaml", "--format", "json"},
                new String[] {"explain", "examples/contoso.tenant.yaml", "--user", "bob@contoso.com", "--format", "json"});
        for (String[] command : commands) {
            List<String> outputs = new ArrayList<>();
            for (List<String> jvm : jvms) {
                Path report = dir.resolve("report-" + outputs.size());
                String[] args = java.util.Arrays.copyOf(command, command.length + 2);
                args[command.length] = "--output";
                args[command.length + 1] = report.toString();
                Process p = start(jvm, args);
                output(p);
                assertThat(p.exitValue()).as(String.join(" ", command) + " " + jvm).isIn(0, 1);
                outputs.add(Files.readString(report, StandardCharsets.UTF_8));
            }
            assertThat(outputs).as(String.join(" ", command)).allMatch(o -> o.equals(outputs.get(0)));
            assertThat(outputs.get(0)).isNotEmpty();
        }
    }
}
