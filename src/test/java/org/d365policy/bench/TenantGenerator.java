package org.d365policy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic tenant snapshot as JSON: N users spread over environments, business units,
 * roles, teams, groups, subscriptions and invitations, with a small, realistic share of violations.
 * The same seed always gives the same file. Streaming, so a million users needs little memory.
 */
public final class TenantGenerator {
    static final String[] SKUS = {"D365_CE_PLAN", "D365_SALES_PRO", "D365_TEAM_MEMBERS"};
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int UNITS = 24;
    private static final int CUSTOM_ROLES = 12;
    private static final int TEAMS = 40;

    private final int users;
    private final int environments;
    private final Random random;
    private final long salt;

    public TenantGenerator(int users, long seed) {
        this(users, seed, Math.max(1, Math.min(8, users / 12_500)));
    }

    public TenantGenerator(int users, long seed, int environments) {
        this.users = users;
        this.environments = environments;
        this.random = new Random(seed);
        this.salt = seed * 0x9E3779B97F4A7C15L;
    }

    public static void main(String[] args) throws IOException {
        new TenantGenerator(Integer.parseInt(args[0]), args.length > 2 ? Long.parseLong(args[2]) : 42).write(Path.of(args[1]));
    }

    static String upn(int i) {
        return "user" + i + "@contoso.com";
    }

    /** What kind of record user i has, from 0 to 999; fixed per user so that teams pick only people. */
    private int roll(int i) {
        return (int) Math.floorMod((i + 1) * 2654435761L ^ salt, 1000L);
    }

    public int environments() {
        return environments;
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"tenant\":\"synthetic-" + users + "\",\"asOf\":\"" + AS_OF + "\",\"profile\":\"ce-v9\",\n");
            w.write("\"subscriptions\":[");
            for (int s = 0; s < SKUS.length; s++) {
                int seats = s == 0 ? (int) (users * 0.93) : users / 10 + 50;
                w.write((s > 0 ? "," : "") + "{\"sku\":\"" + SKUS[s] + "\",\"seats\":" + seats + ",\"minimumSeats\":" + (s == 2 ? seats + 5 : 5) + "}");
            }
            w.write("],\n\"accounts\":[\n");
            for (int i = 0; i < users; i++) {
                if (i > 0) w.write(",\n");
                account(w, i);
            }
            for (int i = 0; i < users / 500; i++) {
                w.write(",\n{\"upn\":\"" + upn(i * 500) + "\"}");
            }
            w.write("],\n\"invitations\":[\n");
            int invitations = Math.max(1, users / 100);
            for (int i = 0; i < invitations; i++) {
                if (i > 0) w.write(",\n");
                String status = i % 5 == 0 ? "accepted" : i % 7 == 0 ? "revoked" : "pending";
                w.write("{\"email\":\"invitee" + i + "@contoso.com\",\"sku\":\"" + SKUS[i % 2] + "\",\"issued\":\""
                        + AS_OF.minusDays(random.nextInt(40)) + "\",\"status\":\"" + status + "\"}");
            }
            w.write("],\n\"groups\":[\n");
            for (int e = 0; e < environments; e++) {
                if (e > 0) w.write(",\n");
                w.write("{\"id\":\"sg-env" + e + "\",\"groups\":[\"contractors-env" + e + "\"],\"members\":[");
                boolean first = true;
                for (int i = e; i < users; i += environments) {
                    if (i % 97 == 3) continue;
                    w.write((first ? "" : ",") + "\"" + upn(i) + "\"");
                    first = false;
                }
                w.write("]},\n{\"id\":\"contractors-env" + e + "\",\"members\":[");
                first = true;
                for (int i = e; i < users; i += environments) {
                    if (i % 97 != 3 || i % 2 == 0) continue;
                    w.write((first ? "" : ",") + "\"" + upn(i) + "\"");
                    first = false;
                }
                w.write("]}");
            }
            w.write("],\n\"environments\":[\n");
            for (int e = 0; e < environments; e++) {
                if (e > 0) w.write(",\n");
                environment(w, e);
            }
            w.write("]}\n");
        }
    }

    private void account(BufferedWriter w, int i) throws IOException {
        w.write("{\"upn\":\"" + upn(i) + "\"");
        int r = random.nextInt(1000);
        if (r < 930) w.write(",\"licenses\":[\"" + SKUS[0] + "\"" + (r % 10 == 0 ? ",\"" + SKUS[1] + "\"" : "") + "]");
        if (i % 2000 == 1) w.write(",\"adminRoles\":[\"global\"]");
        else if (i % 2000 == 2) w.write(",\"adminRoles\":[\"user-management\"]");
        w.write("}");
    }

    private void environment(BufferedWriter w, int e) throws IOException {
        w.write("{\"id\":\"env" + e + "\",\"type\":\"" + (e % 4 == 3 ? "power-apps" : "customer-engagement")
                + "\",\"securityGroup\":\"sg-env" + e + "\",\n\"businessUnits\":[{\"id\":\"bu0\"}");
        for (int u = 1; u < UNITS; u++) w.write(",{\"id\":\"bu" + u + "\",\"parent\":\"bu" + ((u - 1) / 3) + "\"}");
        w.write("],\n\"roles\":[");
        w.write("{\"id\":\"sysadmin\",\"name\":\"System Administrator\",\"businessUnit\":\"bu0\",\"template\":\"system-administrator\",\"predefined\":true}");
        w.write(",{\"id\":\"salesperson\",\"name\":\"Salesperson\",\"businessUnit\":\"bu0\",\"template\":\"salesperson\",\"predefined\":true}");
        w.write(",{\"id\":\"basic-user\",\"name\":\"Basic User\",\"businessUnit\":\"bu0\",\"template\":\"basic-user\",\"predefined\":true}");
        w.write(",{\"id\":\"app-access\",\"name\":\"App access\",\"businessUnit\":\"bu0\",\"predefined\":true,\"appAccess\":true}");
        for (int c = 0; c < CUSTOM_ROLES; c++) w.write(",{\"id\":\"custom" + c + "\",\"businessUnit\":\"bu" + (c % UNITS) + "\"}");
        w.write("],\n\"teams\":[");
        for (int t = 0; t < TEAMS; t++) {
            w.write((t > 0 ? "," : "") + "{\"id\":\"team" + t + "\",\"businessUnit\":\"bu" + (t % UNITS) + "\",\"roles\":[\"custom"
                    + (t % CUSTOM_ROLES) + "\"],\"members\":[");
            boolean first = true;
            for (int i = e + t * environments; i < users; i += environments * TEAMS * 7) {
                if (roll(i) < 12) continue;
                w.write((first ? "" : ",") + "\"" + upn(i) + "\"");
                first = false;
            }
            w.write("]}");
        }
        w.write("],\n\"users\":[\n");
        boolean first = true;
        int nonInteractive = 0;
        for (int i = e; i < users; i += environments) {
            w.write(first ? "" : ",\n");
            first = false;
            int r = roll(i);
            String unit = "bu" + (i % UNITS);
            if (r < 8) {
                w.write("{\"upn\":\"app" + i + "@contoso.com\",\"type\":\"application\",\"applicationId\":\""
                        + String.format("00000000-0000-0000-%04d-%012d", e, i % 997) + "\",\"businessUnit\":\"" + unit
                        + "\",\"roles\":[\"custom" + (i % CUSTOM_ROLES) + "\"]}");
            } else if (r < 12) {
                w.write("{\"upn\":\"stub" + i + "@contoso.com\",\"type\":\"stub\",\"businessUnit\":\"" + unit
                        + "\",\"roles\":[\"salesperson\"]}");
            } else {
                String mode = r < 14 && nonInteractive++ < 6 ? "non-interactive" : r < 16 ? "administrative" : r < 40 ? "read" : "read-write";
                String roles = r % 50 == 0 ? "" : r % 50 == 1 ? "\"app-access\"" : r % 3 == 0 ? "\"salesperson\",\"custom" + (i % CUSTOM_ROLES) + "\"" : "\"salesperson\"";
                w.write("{\"upn\":\"" + upn(i) + "\",\"accessMode\":\"" + mode + "\"" + (r % 25 == 0 ? ",\"enabled\":false" : "")
                        + ",\"businessUnit\":\"" + unit + "\",\"roles\":[" + roles + "]}");
            }
        }
        w.write("]}");
    }
}
