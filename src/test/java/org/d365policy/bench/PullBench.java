package org.d365policy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.sources.FakeMicrosoft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time and memory of pull on a generated tenant served by {@link FakeMicrosoft} on 127.0.0.1: one environment,
 * USERS accounts and user records, a security group with a tenth of them, a hundred teams. pull runs as
 * {@code java -jar} in its own process so that its peak memory (VmHWM) is its own, not the server's.
 *
 * <pre>java -cp TEST_CLASSPATH org.d365policy.bench.PullBench JAR USERS XMX</pre>
 */
public final class PullBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "f0000000-0000-4000-8000-000000000001";
    private static final String GROUP = "a0000000-0000-4000-8000-00000000b001";

    private PullBench() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int users = Integer.parseInt(args[1]);
        String heap = args.length > 2 ? args[2] : "2g";
        Path dir = Files.createTempDirectory("pull-bench");
        try (FakeMicrosoft server = new FakeMicrosoft()) {
            serve(server, users);
            List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar, "pull", "--output",
                    dir.resolve("bench.tenant.yaml").toString(), "--tenant-id", "bench", "--token-command", "printf " + FakeMicrosoft.TOKEN,
                    "--graph-url", server.base(), "--admin-url", server.base()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long peakKb = 0;
            long cpuTicks = 0;
            while (process.isAlive()) {
                peakKb = Math.max(peakKb, highWaterMark(process.pid()));
                cpuTicks = Math.max(cpuTicks, cpuTicks(process.pid()));
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (System.getProperty("bench.trace") != null) {
                for (FakeMicrosoft.Seen seen : server.seen()) System.out.printf(Locale.ROOT, "%8.0f ms %s%n", (seen.nanos() - start) / 1e6, seen.target());
            }
            System.out.printf(Locale.ROOT, "pull of %,d users: exit %d, %.1f s wall, %.1f s CPU, peak resident %,d MB (-Xmx%s), %d requests, snapshot %.1f MB%n",
                    users, process.exitValue(), seconds, cpuTicks / 100.0, peakKb / 1024, heap, server.seen().size(),
                    Files.size(dir.resolve("bench.tenant.yaml")) / 1e6);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** The process's peak resident memory so far in kB (Linux), or 0 where /proc does not say. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (Exception ignored) {
            // The process ended between the check and the read.
        }
        return 0;
    }

    /** User and system CPU time of the process so far, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception ignored) {
            return 0;
        }
    }

    private static void serve(FakeMicrosoft server, int users) {
        server.list("/v1.0/organization", array("[{\"id\": \"o\", \"displayName\": \"Bench\"}]"), 100);
        server.list("/v1.0/subscribedSkus", array("[{\"skuId\": \"" + PLAN + "\", \"skuPartNumber\": \"DYN365_ENTERPRISE_PLAN1\", "
                + "\"prepaidUnits\": {\"enabled\": " + users + ", \"warning\": 0}}]"), 100);
        ArrayNode accounts = JSON.createArrayNode();
        ArrayNode records = JSON.createArrayNode();
        ArrayNode members = JSON.createArrayNode();
        for (int i = 0; i < users; i++) {
            String upn = "user" + i + "@bench.example";
            String id = String.format(Locale.ROOT, "c0000000-0000-4000-8000-%012d", i);
            ObjectNode account = accounts.addObject().put("id", id).put("userPrincipalName", upn).put("displayName", "User " + i)
                    .put("accountEnabled", i % 50 != 0).put("userType", "Member");
            if (i % 20 != 0) account.putArray("assignedLicenses").addObject().put("skuId", PLAN).putArray("disabledPlans");
            else account.putArray("assignedLicenses");
            ObjectNode record = records.addObject().put("systemuserid", String.format(Locale.ROOT, "u0000000-0000-4000-8000-%012d", i))
                    .put("domainname", upn).put("fullname", "User " + i).put("accessmode", 0).put("isdisabled", false)
                    .putNull("applicationid").put("_businessunitid_value", "b0000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", i % 10))
                    .put("invitestatuscode", 0).put("systemmanagedusertype", 0).put("modifiedon", "2026-11-01T00:00:00Z");
            record.putArray("systemuserroles_association").addObject().put("roleid", "r" + (i % 5)).put("name", "Role " + (i % 5));
            if (i % 10 == 0) members.addObject().put("@odata.type", "#microsoft.graph.user").put("id", id).put("userPrincipalName", upn);
        }
        server.list("/v1.0/users", accounts, 999);
        server.list("/v1.0/groups/" + GROUP + "/members", members, 999);
        server.list("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments", array("""
                [{"name": "e1", "properties": {"linkedEnvironmentMetadata": {"domainName": "bench-prod",
                  "instanceUrl": "{base}/dv/bench-prod/", "securityGroupId": "%s", "template": ["D365_Sales"]}}}]""".formatted(GROUP)), 100);
        String api = "/dv/bench-prod/api/data/v9.2/";
        ArrayNode units = JSON.createArrayNode();
        for (int u = 0; u < 10; u++) {
            ObjectNode unit = units.addObject().put("businessunitid", "b0000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", u))
                    .put("name", u == 0 ? "Bench" : "Unit " + u);
            if (u == 0) unit.putNull("_parentbusinessunitid_value");
            else unit.put("_parentbusinessunitid_value", "b0000000-0000-4000-8000-000000000000");
        }
        server.list(api + "businessunits", units, 5000);
        ArrayNode roles = JSON.createArrayNode();
        for (int r = 0; r < 5; r++) {
            roles.addObject().put("roleid", "r" + r).put("name", "Role " + r).put("ismanaged", false)
                    .put("_businessunitid_value", "b0000000-0000-4000-8000-000000000000").putNull("_parentrootroleid_value")
                    .putNull("_roletemplateid_value");
        }
        server.list(api + "roles", roles, 5000);
        server.list(api + "systemusers", records, 5000);
        ArrayNode teams = JSON.createArrayNode();
        for (int t = 0; t < 100; t++) {
            ObjectNode team = teams.addObject().put("teamid", "t" + t).put("name", "Team " + t).put("teamtype", 0)
                    .putNull("azureactivedirectoryobjectid").put("_businessunitid_value", "b0000000-0000-4000-8000-000000000000");
            team.putArray("teamroles_association").addObject().put("roleid", "r1");
            ArrayNode teamMembers = team.putArray("teammembership_association");
            for (int m = t; m < users; m += Math.max(1, users / 50)) {
                teamMembers.addObject().put("systemuserid", String.format(Locale.ROOT, "u0000000-0000-4000-8000-%012d", m));
            }
        }
        server.list(api + "teams", teams, 5000);
        server.list(api + "solutions", array("[{\"uniquename\": \"msdynce_Sales\"}]"), 5000);
    }

    private static ArrayNode array(String json) {
        return (ArrayNode) FakeMicrosoft.json(json);
    }
}
