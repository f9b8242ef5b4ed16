package org.d365policy.change;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which object of the snapshot after stands for which before, as diff's parts keep them one fact. */
class SnapshotPairingTest {
    private static final String TENANT = """
            tenant: fabrikam
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 5}
            accounts: [%s]
            environments:
              - id: prod
                businessUnits: [{id: root}]
                roles:
                  - {id: sales, businessUnit: root%s}
                users: [%s]
            """;
    private static final String ANN = "{upn: ann@fabrikam.com, licenses: [D365_CE_PLAN]}";
    private static final String BOB = "{upn: bob@fabrikam.com, licenses: [D365_CE_PLAN]}";
    private static final String ACCOUNTS = ANN + ", " + BOB;
    private static final String ANN_RECORD = "{upn: ann@fabrikam.com, businessUnit: root, roles: [sales]}";
    private static final String BOB_RECORD = "{upn: bob@fabrikam.com, businessUnit: root, roles: [sales]}";
    private static final String USERS = ANN_RECORD + ", " + BOB_RECORD;

    private static Tenant tenant(String accounts, String roleFields, String users) throws Exception {
        return new SnapshotLoader().load(TENANT.formatted(accounts, roleFields, users).getBytes(StandardCharsets.UTF_8), "pairing.yaml");
    }

    @Test
    void whatIsAlikeStandsForTheSideBeforeAndTakesItsOrdinalsAndKeys() throws Exception {
        Tenant before = tenant(ACCOUNTS, "", USERS);
        // Bob's account and record come first after, and Ann's record lost its role.
        Tenant after = tenant(BOB + ", " + ANN, "", BOB_RECORD + ", {upn: ann@fabrikam.com, businessUnit: root, roles: []}");
        SnapshotPairing pairing = SnapshotPairing.of(before, after);

        assertThat(pairing.sameAs(after)).isSameAs(before);
        assertThat(pairing.sameAs(after.getSubscriptions().get(0))).isSameAs(before.getSubscriptions().get(0));
        Account bob = after.getAccounts().get(0);
        assertThat(pairing.sameAs(bob)).isSameAs(before.getAccounts().get(1));
        assertThat(bob.getOrdinal()).isEqualTo(before.getAccounts().get(1).getOrdinal());
        assertThat(pairing.sameAs(after.getEnvironments().get(0))).isSameAs(before.getEnvironments().get(0));
        assertThat(pairing.sameAs(after.getEnvironments().get(0).getRoles().get(0))).isSameAs(before.getEnvironments().get(0).getRoles().get(0));

        UserRecord bobAfter = after.getEnvironments().get(0).getUsers().get(0);
        UserRecord annAfter = after.getEnvironments().get(0).getUsers().get(1);
        assertThat(pairing.sameAs(bobAfter)).isSameAs(before.getEnvironments().get(0).getUsers().get(1));
        assertThat(bobAfter.getKey()).isEqualTo("prod#1");
        // Ann's record differs: it stands for nothing, and takes a key no record before has.
        assertThat(pairing.sameAs(annAfter)).isSameAs(annAfter);
        assertThat(annAfter.getKey()).isEqualTo("prod#2");
        assertThat(pairing.touched()).containsExactly(SnapshotPairing.key("prod", "ann@fabrikam.com"));
    }

    @Test
    void anEnvironmentThatDiffersBeyondItsRecordsAndTeamsIsPairedWithNothingAndTouchesEveryRecord() throws Exception {
        Tenant before = tenant(ACCOUNTS, "", USERS);
        Tenant after = tenant(ACCOUNTS, ", appAccess: true", USERS);
        SnapshotPairing pairing = SnapshotPairing.of(before, after);

        assertThat(pairing.sameAs(after.getEnvironments().get(0))).isSameAs(after.getEnvironments().get(0));
        assertThat(pairing.sameAs(after.getEnvironments().get(0).getUsers().get(0))).isSameAs(after.getEnvironments().get(0).getUsers().get(0));
        assertThat(pairing.sameAs(after.getAccounts().get(0))).isSameAs(before.getAccounts().get(0));
        assertThat(pairing.touched()).containsExactlyInAnyOrder(SnapshotPairing.key("prod", "ann@fabrikam.com"),
                SnapshotPairing.key("prod", "bob@fabrikam.com"));
    }

    @Test
    void anAccountAddedTakesAnOrdinalNoAccountBeforeHas() throws Exception {
        Tenant before = tenant(ACCOUNTS, "", USERS);
        Tenant after = tenant(ACCOUNTS + ", {upn: cy@fabrikam.com}", "", USERS);
        SnapshotPairing pairing = SnapshotPairing.of(before, after);

        Account cy = after.getAccounts().get(2);
        assertThat(pairing.sameAs(cy)).isSameAs(cy);
        assertThat(cy.getOrdinal()).isNotIn(before.getAccounts().stream().map(Account::getOrdinal).toList());
        assertThat(pairing.touched()).isEmpty();
    }

    private static final String WITH_GROUPS = """
            tenant: fabrikam
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 5}
            accounts: [%s]
            groups:
              - {id: sg, members: [%s]%s}
              - {id: other}
            environments:
              - id: prod
                securityGroup: sg
                businessUnits: [{id: root}]
                roles: [{id: sales, businessUnit: root}]
                teams: [%s]
                users: [{upn: ann@fabrikam.com, businessUnit: root, roles: [sales]}, {upn: bob@fabrikam.com, businessUnit: root, roles: [sales]}]
              - id: test
                businessUnits: [{id: root}]
                roles: [{id: sales, businessUnit: root}]
                users: [{upn: bob@fabrikam.com, businessUnit: root, roles: [sales]}]
            """;
    private static final String TEAM = "{id: t, businessUnit: root, roles: [sales], members: [ann@fabrikam.com]}";

    private static SnapshotPairing pairing(String accountsAfter, String membersAfter, String nestingAfter, String teamsAfter)
            throws Exception {
        Tenant before = new SnapshotLoader().load(WITH_GROUPS.formatted(ACCOUNTS, "ann@fabrikam.com, bob@fabrikam.com", "", TEAM)
                .getBytes(StandardCharsets.UTF_8), "before.yaml");
        Tenant after = new SnapshotLoader().load(WITH_GROUPS.formatted(accountsAfter, membersAfter, nestingAfter, teamsAfter)
                .getBytes(StandardCharsets.UTF_8), "after.yaml");
        return SnapshotPairing.of(before, after);
    }

    /**
     * What a comparison's parts are told differs (SideDifference): a part judges the side after only where something
     * its facts are made of differs, so each kind of difference must show where it reaches.
     */
    @Test
    void whatDiffersIsToldByPersonEnvironmentAndGroups() throws Exception {
        SnapshotPairing same = pairing(ACCOUNTS, "ann@fabrikam.com, bob@fabrikam.com", "", TEAM);
        assertThat(same.tenantAlike()).isTrue();
        assertThat(same.groupsAlike()).isTrue();
        assertThat(same.environmentAlike("prod")).isTrue();
        assertThat(same.people()).isEmpty();
        assertThat(same.touched()).isEmpty();
        assertThat(same.recordsReachedIn("prod")).isEmpty();

        // A membership reaches the person's records in every environment, not the groups themselves.
        SnapshotPairing member = pairing(ACCOUNTS, "bob@fabrikam.com", "", TEAM);
        assertThat(member.groupsAlike()).isTrue();
        assertThat(member.people()).containsExactly("ann@fabrikam.com");
        assertThat(member.touched()).isEmpty();
        assertThat(member.recordsIn("prod")).isEmpty();
        assertThat(member.recordsReachedIn("prod")).containsExactly("ann@fabrikam.com");
        assertThat(member.recordsReachedIn("test")).isEmpty();
        SnapshotPairing reordered = pairing(ACCOUNTS, "bob@fabrikam.com, ann@fabrikam.com", "", TEAM);
        assertThat(reordered.people()).containsExactlyInAnyOrder("ann@fabrikam.com", "bob@fabrikam.com");

        // An account reaches its person's records in every environment where either side has one.
        SnapshotPairing account = pairing(ANN + ", {upn: bob@fabrikam.com}", "ann@fabrikam.com, bob@fabrikam.com", "", TEAM);
        assertThat(account.people()).containsExactly("bob@fabrikam.com");
        assertThat(account.touched()).isEmpty();
        assertThat(account.recordsReachedIn("prod")).containsExactly("bob@fabrikam.com");
        assertThat(account.recordsReachedIn("test")).containsExactly("bob@fabrikam.com");
        assertThat(account.environmentAlike("prod")).isTrue();

        SnapshotPairing nesting = pairing(ACCOUNTS, "ann@fabrikam.com, bob@fabrikam.com", ", groups: [other]", TEAM);
        assertThat(nesting.groupsAlike()).isFalse();

        SnapshotPairing team = pairing(ACCOUNTS, "ann@fabrikam.com, bob@fabrikam.com", "", TEAM.replace("[ann@fabrikam.com]", "[]"));
        assertThat(team.environmentAlike("prod")).isFalse();
        assertThat(team.environmentAlike("test")).isTrue();
        assertThat(team.people()).isEmpty();
    }

    @Test
    void theWalkInStepKeepsItsStepPastItemsChangedInARowAndItemsAddedOrRemoved() throws Exception {
        List<String> was = new ArrayList<>();
        for (int i = 0; i < 8; i++) was.add("{upn: u" + i + "@fabrikam.com, licenses: [D365_CE_PLAN]}");
        List<String> is = new ArrayList<>(was);
        // u1 and u2 lose their license (two changed in a row), u4 is gone, x joins after u5.
        is.set(1, "{upn: u1@fabrikam.com}");
        is.set(2, "{upn: u2@fabrikam.com}");
        is.add(6, "{upn: x@fabrikam.com}");
        is.remove(4);
        List<Account> before = tenant(String.join(", ", was), "", USERS).getAccounts();
        List<Account> after = tenant(String.join(", ", is), "", USERS).getAccounts();
        List<String> pairs = new ArrayList<>();

        SnapshotPairing.Unpaired<Account> left = SnapshotPairing.inStep(before, after,
                (b, a) -> pairs.add(b.getUpn() + "=" + a.getUpn()));

        assertThat(pairs).containsExactly("u0@fabrikam.com=u0@fabrikam.com", "u3@fabrikam.com=u3@fabrikam.com",
                "u5@fabrikam.com=u5@fabrikam.com", "u6@fabrikam.com=u6@fabrikam.com", "u7@fabrikam.com=u7@fabrikam.com");
        assertThat(left.before()).extracting(Account::getUpn).containsExactly("u1@fabrikam.com", "u2@fabrikam.com", "u4@fabrikam.com");
        assertThat(left.after()).extracting(Account::getUpn).containsExactly("u1@fabrikam.com", "u2@fabrikam.com", "x@fabrikam.com");
    }

    @Test
    void theWalkInStepStepsOverRunsOfItemsAddedOrRemovedTogether() {
        List<Account> before = new ArrayList<>();
        for (int i = 0; i < 60; i++) before.add(account("u" + i, "D365_CE_PLAN"));
        List<Account> after = new ArrayList<>(before);
        after.set(50, account("u50"));                                                  // changed
        for (int i = 0; i < 20; i++) after.add(31 + i, account("z" + i, "D365_CE_PLAN")); // 20 added together
        after.subList(8, 11).clear();                                                   // u8, u9, u10 removed
        after.add(3, account("y", "D365_CE_PLAN"));
        after.add(3, account("x", "D365_CE_PLAN"));                                     // two added together
        List<String> pairs = new ArrayList<>();

        SnapshotPairing.Unpaired<Account> left = SnapshotPairing.inStep(before, copies(after), (b, a) -> pairs.add(b.getUpn()));

        assertThat(left.before()).extracting(SnapshotPairingTest::name).containsExactly("u8", "u9", "u10", "u50");
        List<String> added = new ArrayList<>(List.of("x", "y"));
        for (int i = 0; i < 20; i++) added.add("z" + i);
        added.add("u50");
        assertThat(left.after()).extracting(SnapshotPairingTest::name).containsExactlyElementsOf(added);
        assertThat(pairs).hasSize(56);
    }

    @Test
    void theWalkInStepPairsOnlyEqualItemsAndLosesNone() {
        Random random = new Random(16);
        for (int round = 0; round < 400; round++) {
            List<Account> before = new ArrayList<>();
            int size = random.nextInt(40);
            // Few distinct contents, so that equal items stand apart from one another too.
            for (int i = 0; i < size; i++) before.add(account("u" + random.nextInt(12), random.nextBoolean() ? "D365_CE_PLAN" : "X"));
            List<Account> after = new ArrayList<>(before);
            for (int edit = random.nextInt(6); edit > 0; edit--) {
                int at = after.isEmpty() ? 0 : random.nextInt(after.size());
                int run = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
                switch (random.nextInt(3)) {
                    case 0 -> { for (int k = 0; k < run; k++) after.add(at, account("n" + random.nextInt(12))); }
                    case 1 -> after.subList(at, Math.min(after.size(), at + run)).clear();
                    default -> { if (!after.isEmpty()) after.set(at, account("c" + random.nextInt(12))); }
                }
            }
            List<Account> afterCopies = copies(after);
            Map<Account, Account> paired = new IdentityHashMap<>();
            Set<Account> pairedBefore = Collections.newSetFromMap(new IdentityHashMap<>());

            int edited = round;
            SnapshotPairing.Unpaired<Account> left = SnapshotPairing.inStep(before, afterCopies, (b, a) -> {
                assertThat(SnapshotContent.same(b, a)).as("round %d", edited).isTrue();
                assertThat(paired.put(a, b)).isNull();
                assertThat(pairedBefore.add(b)).isTrue();
            });

            List<Account> restBefore = new ArrayList<>(before);
            restBefore.removeIf(pairedBefore::contains);
            List<Account> restAfter = new ArrayList<>(afterCopies);
            restAfter.removeIf(paired::containsKey);
            assertThat(left.before()).as("round %d", round).containsExactlyElementsOf(restBefore);
            assertThat(left.after()).as("round %d", round).containsExactlyElementsOf(restAfter);
        }
    }

    private static Account account(String name, String... licenses) {
        return new Account(name + "@fabrikam.com", List.of(licenses), List.of(), 0);
    }

    private static String name(Account account) {
        return account.getUpn().substring(0, account.getUpn().indexOf('@'));
    }

    /** Objects of their own, as the side after's are. */
    private static List<Account> copies(List<Account> accounts) {
        List<Account> copies = new ArrayList<>();
        for (Account a : accounts) copies.add(new Account(a.getUpn(), a.getLicenses(), a.getAdminRoles(), 0));
        return copies;
    }
}
