#!/usr/bin/env python3
"""The plain single-pass script of issue 16: the snapshot rules of rules.md with dictionaries.

It is what a capable admin would write instead of d365-policy: read the JSON snapshot, walk it once
with hash lookups, print the findings. The benchmark times it against `check` as a whole process,
and a test holds it to the same (rule, subject) pairs as PlainJavaFloor, whose logic it follows
line by line. Valid input only (it is not a loader): JSON, as tenant-format.md describes it.

Usage: floor.py SNAPSHOT.json [--profile ce-v9|dataverse-2025] [--as-of YYYY-MM-DD] [--today YYYY-MM-DD]
Prints one "RULE subject" line per finding, sorted; the change-set and waiver rules are not judged.
"""
import datetime
import json
import sys

# The profiles of rules.md: nonInteractiveLimit, invitationHoldDays, adminsAreSystemAdministrators,
# teamRolesCount, globalAdminsExemptFromSecurityGroup (model/snapshot/Profile.java).
PROFILES = {
    "ce-v9": (5, 14, True, False, False),
    "dataverse-2025": (7, 0, False, True, True),
}
NEED_NO_LICENSE = ("administrative", "non-interactive")
DEFAULT_MODE = {"person": "read-write", "application": "non-interactive", "stub": "read-write",
                "support": "support-user", "delegated-admin": "delegated-admin"}


def main(argv):
    path, options = argv[0], dict(zip(argv[1::2], argv[2::2]))
    with open(path, encoding="utf-8") as f:
        tenant = json.load(f)
    findings = set()
    evaluate(tenant, options, lambda rule, subject: findings.add(rule + " " + subject))
    out = sys.stdout
    for line in sorted(findings):
        out.write(line + "\n")


def evaluate(tenant, options, find):
    profile = PROFILES[options.get("--profile") or tenant.get("profile") or "ce-v9"]
    limit, hold_days, admins_are_sysadmins, team_roles_count, global_exempt = profile
    policy = tenant.get("policy") or {}
    limit = policy.get("nonInteractiveLimit", limit)
    hold_days = policy.get("invitationHoldDays", hold_days)
    # The day as check chooses it (cli.md): --as-of, then the snapshot's, then today (--today fixes it in tests).
    day = datetime.date.fromisoformat(options.get("--as-of") or tenant.get("asOf")
                                      or options.get("--today") or datetime.date.today().isoformat())

    account_count, licenses, admin_roles, held = {}, {}, {}, {}
    global_admins = 0
    for a in tenant.get("accounts") or []:
        upn = a["upn"].lower()
        account_count[upn] = account_count.get(upn, 0) + 1
        skus = a.get("licenses") or []
        enabled = a.get("enabled", True)
        roles = a.get("adminRoles") or []
        if not enabled and skus:
            find("LIC-009", "account:" + upn)
        if enabled and "global" in roles:
            global_admins += 1
        for sku in skus:
            licenses.setdefault(upn, set()).add(sku)
            held[sku] = held.get(sku, 0) + 1
        if roles:
            admin_roles.setdefault(upn, set()).update(roles)
    for upn, n in account_count.items():
        if n > 1:
            find("LIC-003", "account:" + upn)
    if global_admins == 1:
        find("ADM-001", "tenant:" + tenant["tenant"])

    holds = {}
    if hold_days > 0:
        for inv in tenant.get("invitations") or []:
            issued = datetime.date.fromisoformat(inv["issued"])
            if inv["status"] != "pending" or issued > day:
                continue
            email, sku = inv["email"].lower(), inv["sku"]
            subject = "invitation:" + email + ":" + sku
            if not issued + datetime.timedelta(days=hold_days) > day:
                find("INV-002", subject)
            elif sku not in licenses.get(email, ()):
                find("INV-001", subject)
                holds[sku] = holds.get(sku, 0) + 1
    for s in tenant.get("subscriptions") or []:
        sku, seats, minimum = s["sku"], s["seats"], s.get("minimumSeats", 0)
        in_use = held.get(sku, 0) + holds.get(sku, 0)
        if in_use > seats:
            find("LIC-002", "subscription:" + sku)
        if seats < minimum:
            find("LIC-006", "subscription:" + sku)
        if max(in_use, minimum) < seats:
            find("LIC-007", "subscription:" + sku)

    members = {g["id"]: {m.lower() for m in g.get("members") or []} for g in tenant.get("groups") or []}
    people = {}  # upn -> [any record enabled, any record needing a license]
    settings = (limit, admins_are_sysadmins, team_roles_count, global_exempt)
    for env in tenant.get("environments") or []:
        environment(env, settings, account_count, licenses, admin_roles, members, people, find)
    for upn in licenses:
        if upn not in people:
            find("LIC-008", "account:" + upn)
    for upn, (any_enabled, any_needing) in people.items():
        if upn not in licenses or upn not in account_count:
            continue
        if not any_enabled:
            find("LIC-004", "account:" + upn)
        if not any_needing:
            find("LIC-005", "account:" + upn)


def environment(env, settings, account_count, licenses, admin_roles, members, people, find):
    limit, admins_are_sysadmins, team_roles_count, global_exempt = settings
    env_id = env["id"]
    roles = {r["id"]: r for r in env.get("roles") or []}
    above = ancestors(env["businessUnits"])

    team_roles_of = {}
    for t in env.get("teams") or []:
        team_roles = []
        for role_id in t.get("roles") or []:
            r = roles[role_id]
            team_roles.append(r)
            if r["businessUnit"] not in above.get(t["businessUnit"], ()):
                find("ROLE-004", "team:" + env_id + "/" + t["id"])
        if team_roles_count:
            # An Entra group team's members are those listed and the direct members of its group.
            team_members = {m.lower() for m in t.get("members") or []}
            if t.get("group") is not None:
                team_members |= members.get(t["group"], set())
            for upn in team_members:
                team_roles_of.setdefault(upn, []).extend(team_roles)

    security_group = None if env.get("securityGroup") is None else members.get(env["securityGroup"], set())
    stub_defaults = ("salesperson",) if env.get("type", "customer-engagement") == "customer-engagement" \
        else ("basic-user", "common-data-service-user")
    users = env.get("users") or []
    upn_count, application_id_count = {}, {}
    non_interactive = 0
    for u in users:
        upn = u["upn"].lower()
        kind = u.get("type", "person")
        upn_count[upn] = upn_count.get(upn, 0) + 1
        if kind == "application" and u.get("applicationId") is not None:
            app = u["applicationId"].lower()
            application_id_count[app] = application_id_count.get(app, 0) + 1
        if u.get("accessMode", DEFAULT_MODE[kind]) == "non-interactive" and kind != "application":
            non_interactive += 1
    if non_interactive > limit:
        find("NI-001", "environment:" + env_id)

    for u in users:
        upn = u["upn"].lower()
        kind = u.get("type", "person")
        mode = u.get("accessMode", DEFAULT_MODE[kind])
        enabled = u.get("enabled", kind != "stub")
        subject = "user:" + env_id + "/" + upn
        if upn_count[upn] > 1:
            find("USR-002", subject)

        any_role = any_data_role = custom_role = stub_default = False
        unit_and_above = above.get(u["businessUnit"], ())
        for role_id in u.get("roles") or []:
            r = roles[role_id]
            any_role = True
            any_data_role |= not r.get("appAccess", False)
            custom_role |= not r.get("predefined", False)
            stub_default |= r.get("template") in stub_defaults
            if r["businessUnit"] not in unit_and_above:
                find("ROLE-002", subject)
        for r in team_roles_of.get(upn, ()):
            any_role = True
            any_data_role |= not r.get("appAccess", False)
        admin = admin_roles.get(upn, ())
        if admins_are_sysadmins and kind == "person" and ("global" in admin or "service" in admin):
            any_role = any_data_role = True
        if enabled and kind in ("person", "application") and not any_role:
            find("ROLE-001", subject)
        if enabled and any_role and not any_data_role:
            find("ROLE-003", subject)

        if kind == "person":
            p = people.setdefault(upn, [False, False])
            p[0] |= enabled
            p[1] |= mode not in NEED_NO_LICENSE
            if enabled:
                has_account = upn in account_count
                if not has_account:
                    find("USR-001", subject)
                if has_account and upn not in licenses and mode in ("read-write", "read"):
                    find("LIC-001", subject)
                exempt = global_exempt and "global" in admin
                if security_group is not None and upn not in security_group and not exempt:
                    find("SG-001", subject)
        elif kind == "application":
            app = u.get("applicationId")
            if app is None or mode != "non-interactive":
                find("APP-001", subject)
            if not custom_role:
                find("APP-002", subject)
            if app is not None and application_id_count[app.lower()] > 1:
                find("APP-003", subject)
        elif kind == "stub":
            if enabled:
                find("STUB-001", subject)
            if not stub_default:
                find("STUB-002", subject)


def ancestors(units):
    """For each business unit, the set of itself and every unit above it."""
    parent = {b["id"]: b.get("parent") for b in units}
    above = {}
    for b in units:
        chain, unit = set(), b["id"]
        while unit is not None and unit not in chain:
            chain.add(unit)
            unit = parent.get(unit)
        above[b["id"]] = chain
    return above


if __name__ == "__main__":
    main(sys.argv[1:])
