Feature: Proposed changes
  Before an admin changes the tenant, d365-policy applies the proposal to a copy of it and says
  what the change would introduce, resolve or leave as it is, and whether the admin may make it at
  all. Each step is judged on the tenant as it stands just before that step.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise
    And it-admin@contoso.com has an account without licenses
    And it-admin@contoso.com is a user-management admin
    And alice@contoso.com has an account holding D365_CE_PLAN
    And alice@contoso.com is a global admin
    And alice@contoso.com has a read-write user record in prod
    And alice@contoso.com holds the role sysadmin in prod

  Rule: Findings are introduced, resolved or unchanged

    Example: A change that fixes a problem resolves its finding and passes
      Given carol@contoso.com has an account without licenses
      And carol@contoso.com has a read-write user record in prod
      And it-admin@contoso.com proposes to assign D365_CE_PLAN to carol@contoso.com
      When the change is judged
      Then LIC-001 is resolved for "user:prod/carol@contoso.com"
      And the change passes

    Example: Old problems the change does not touch stay unchanged and do not refuse it
      Given ghost@contoso.com has a read-write user record in prod
      And it-admin@contoso.com proposes to create the account nora@contoso.com
      When the change is judged
      Then USR-001 is unchanged for "user:prod/ghost@contoso.com"
      And the change passes

    Example: A change that breaks a rule introduces its finding and is refused
      Given bob@contoso.com has an account holding D365_CE_PLAN
      And bob@contoso.com has a read-write user record in prod
      And it-admin@contoso.com proposes to remove the license D365_CE_PLAN from bob@contoso.com
      And it-admin@contoso.com proposes to enable bob@contoso.com in prod
      When the change is judged
      Then LIC-001 is introduced for "user:prod/bob@contoso.com"
      And the change is refused because "holds no license"

    Example: A finding whose reason changes stays unchanged: added to a nested group only
      Given the environment prod is secured by the group d365-prod
      And the group contractors is nested in the group d365-prod
      And bob@contoso.com has an account holding D365_CE_PLAN
      And bob@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to add bob@contoso.com to the group contractors
      When the change is judged
      Then SG-001 is unchanged for "user:prod/bob@contoso.com"
      And the change passes

    Example: A finding whose reason changes stays unchanged: taken out of the nested group
      Given the environment prod is secured by the group d365-prod
      And the group contractors is nested in the group d365-prod
      And bob@contoso.com is a direct member of the group contractors
      And bob@contoso.com has an account holding D365_CE_PLAN
      And bob@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to remove bob@contoso.com from the group contractors
      When the change is judged
      Then SG-001 is unchanged for "user:prod/bob@contoso.com"

    Example: An operation that cannot apply makes the whole change set invalid
      Given it-admin@contoso.com proposes to assign D365_CE_PLAN to nobody@contoso.com
      When the change is judged
      Then the change set cannot apply because "changes[0]"
      And the change set cannot apply because "there is no account nobody@contoso.com"

  @CHG-001
  Rule: CHG-001 Only the right Microsoft 365 admin role may change the directory

    Example: A user-management admin may not change the number of seats
      Given it-admin@contoso.com proposes to set the seats of D365_CE_PLAN to 30
      When the change is judged
      Then CHG-001 is introduced for "subscription:D365_CE_PLAN"
      And the change is refused because "is not a billing or global admin"

    Example: A user-management admin may create accounts
      Given it-admin@contoso.com proposes to create the account nora@contoso.com
      When the change is judged
      Then CHG-001 is not introduced

    Example: A password admin may only reset passwords
      Given pat@contoso.com has an account without licenses
      And pat@contoso.com is a password admin
      And pat@contoso.com proposes to reset the password of carol@contoso.com
      And carol@contoso.com has an account without licenses
      When the change is judged
      Then CHG-001 is not introduced

    Example: A password admin may not create accounts
      Given pat@contoso.com has an account without licenses
      And pat@contoso.com is a password admin
      And pat@contoso.com proposes to create the account nora@contoso.com
      When the change is judged
      Then CHG-001 is introduced for "account:nora@contoso.com"

    Example: Only a global admin assigns admin roles
      Given bob@contoso.com has an account holding D365_CE_PLAN
      And it-admin@contoso.com proposes to make bob@contoso.com a billing admin
      When the change is judged
      Then CHG-001 is introduced for "account:bob@contoso.com"

    Example: A global admin may do all of it
      Given bob@contoso.com has an account holding D365_CE_PLAN
      And alice@contoso.com proposes to make bob@contoso.com a billing admin
      And alice@contoso.com proposes to set the seats of D365_CE_PLAN to 30
      When the change is judged
      Then CHG-001 is not introduced

  @CHG-002
  Rule: CHG-002 Only a System Administrator of the environment may change it

    Example: A directory admin without a role in the environment may not add users
      Given nora@contoso.com has an account holding D365_CE_PLAN
      And it-admin@contoso.com proposes to add nora@contoso.com to prod as a read-write user
      When the change is judged
      Then CHG-002 is introduced for "user:prod/nora@contoso.com"

    Example: A System Administrator of the environment may
      Given nora@contoso.com has an account holding D365_CE_PLAN
      And alice@contoso.com proposes to add nora@contoso.com to prod as a read-write user
      When the change is judged
      Then CHG-002 is not introduced

    Example: Under v9 a global admin with a user record is a System Administrator without the role
      Given gina@contoso.com has an account holding D365_CE_PLAN
      And gina@contoso.com is a global admin
      And gina@contoso.com has a read-write user record in prod without any role
      And nora@contoso.com has an account holding D365_CE_PLAN
      And gina@contoso.com proposes to add nora@contoso.com to prod as a read-write user
      When the change is judged
      Then CHG-002 is not introduced

    Example: Under the current documentation the admin role alone grants nothing in the environment
      Given the snapshot names the profile dataverse-2025
      And gina@contoso.com has an account holding D365_CE_PLAN
      And gina@contoso.com is a global admin
      And gina@contoso.com has a read-write user record in prod without any role
      And nora@contoso.com has an account holding D365_CE_PLAN
      And gina@contoso.com proposes to add nora@contoso.com to prod as a read-write user
      When the change is judged
      Then CHG-002 is introduced for "user:prod/nora@contoso.com"

  @CHG-003
  Rule: CHG-003 A user who was disabled needs a new invitation when enabled again

    Background:
      Given frank@contoso.com has an account holding D365_CE_PLAN
      And frank@contoso.com has a disabled read-write user record in prod

    Example: Enabled again without an invitation
      Given alice@contoso.com proposes to enable frank@contoso.com in prod
      When the change is judged
      Then CHG-003 is introduced for "user:prod/frank@contoso.com"

    Example: Enabled again, and invited in the same change
      Given alice@contoso.com proposes to enable frank@contoso.com in prod
      And alice@contoso.com proposes to invite frank@contoso.com for D365_CE_PLAN
      When the change is judged
      Then CHG-003 is not introduced

    Example: Enabled again, invited, and the invitation revoked later in the same change
      Given alice@contoso.com proposes to enable frank@contoso.com in prod
      And alice@contoso.com proposes to invite frank@contoso.com for D365_CE_PLAN
      And alice@contoso.com proposes to revoke the invitation of frank@contoso.com for D365_CE_PLAN
      When the change is judged
      Then CHG-003 is introduced for "user:prod/frank@contoso.com"

    Example: A license and the security group enable a disabled user again
      Given the environment prod is secured by the group d365-prod
      And gus@contoso.com has an account without licenses
      And gus@contoso.com has a disabled read-write user record in prod
      And alice@contoso.com proposes to assign D365_CE_PLAN to gus@contoso.com
      And alice@contoso.com proposes to add gus@contoso.com to the group d365-prod
      When the change is judged
      Then CHG-003 is introduced for "user:prod/gus@contoso.com"
      And LIC-004 is not present after the change for "account:gus@contoso.com"

    Example: A license alone does not enable a user outside the security group
      Given the environment prod is secured by the group d365-prod
      And gus@contoso.com has an account without licenses
      And gus@contoso.com has a disabled read-write user record in prod
      And alice@contoso.com proposes to assign D365_CE_PLAN to gus@contoso.com
      When the change is judged
      Then CHG-003 is not introduced
      And LIC-004 is introduced for "account:gus@contoso.com"

    Example: Disabled and enabled again in the same change
      Given gus@contoso.com has an account holding D365_CE_PLAN
      And gus@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to disable gus@contoso.com in prod
      And alice@contoso.com proposes to enable gus@contoso.com in prod
      When the change is judged
      Then CHG-003 is introduced for "user:prod/gus@contoso.com"

    Example: A license removed and assigned again in the same change
      Given gus@contoso.com has an account holding D365_CE_PLAN
      And gus@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to remove the license D365_CE_PLAN from gus@contoso.com
      And alice@contoso.com proposes to assign D365_CE_PLAN to gus@contoso.com
      When the change is judged
      Then CHG-003 is introduced for "user:prod/gus@contoso.com"

    Example: Disabled in the change, and still disabled after it
      Given gus@contoso.com has an account holding D365_CE_PLAN
      And gus@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to disable gus@contoso.com in prod
      When the change is judged
      Then CHG-003 is not introduced

    Example: A user disabled by hand earlier in the change stays disabled when licensed
      Given gus@contoso.com has an account without licenses
      And gus@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to disable gus@contoso.com in prod
      And alice@contoso.com proposes to assign D365_CE_PLAN to gus@contoso.com
      When the change is judged
      Then CHG-003 is not introduced
      And LIC-004 is introduced for "account:gus@contoso.com"

  @CHG-004
  Rule: CHG-004 Set the access mode before removing the license

    Example: The license is removed first, then the mode is set
      Given dave@contoso.com has an account holding D365_CE_PLAN
      And dave@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to remove the license D365_CE_PLAN from dave@contoso.com
      And alice@contoso.com proposes to set the access mode of dave@contoso.com in prod to administrative
      When the change is judged
      Then CHG-004 is introduced for "user:prod/dave@contoso.com"

    Example: The mode is set first, then the license is removed
      Given dave@contoso.com has an account holding D365_CE_PLAN
      And dave@contoso.com has a read-write user record in prod
      And alice@contoso.com proposes to set the access mode of dave@contoso.com in prod to administrative
      And alice@contoso.com proposes to remove the license D365_CE_PLAN from dave@contoso.com
      When the change is judged
      Then CHG-004 is not introduced

    Example: A new non-interactive user whose account never held a license
      Given svc@contoso.com has an account without licenses
      And alice@contoso.com proposes to add svc@contoso.com to prod as a non-interactive user
      When the change is judged
      Then CHG-004 is introduced for "user:prod/svc@contoso.com"

  @CHG-005
  Rule: CHG-005 Removing every role is no way to remove access

    Background:
      Given mia@contoso.com has an account holding D365_CE_PLAN
      And mia@contoso.com has a read-write user record in prod
      And mia@contoso.com holds only the role salesperson in prod

    Example: An enabled user loses their only role
      Given alice@contoso.com proposes to remove the role salesperson from mia@contoso.com in prod
      When the change is judged
      Then CHG-005 is introduced for "user:prod/mia@contoso.com"

    Example: The user is disabled as well
      Given alice@contoso.com proposes to remove the role salesperson from mia@contoso.com in prod
      And alice@contoso.com proposes to disable mia@contoso.com in prod
      When the change is judged
      Then CHG-005 is not introduced

    Example: Another role remains
      Given alice@contoso.com proposes to give mia@contoso.com the role basic-user in prod
      And alice@contoso.com proposes to remove the role salesperson from mia@contoso.com in prod
      When the change is judged
      Then CHG-005 is not introduced

  @CHG-006
  Rule: CHG-006 A license or invitation needs a free seat at that step

    Background:
      Given the subscription D365_CE_PLAN has 2 seats
      And bob@contoso.com has an account without licenses
      And carol@contoso.com has an account holding D365_CE_PLAN

    Example: The last seat is taken
      Given it-admin@contoso.com proposes to assign D365_CE_PLAN to bob@contoso.com
      When the change is judged
      Then CHG-006 is introduced for "account:bob@contoso.com"
      And the change is refused because "no D365_CE_PLAN seat is free"

    Example: A seat freed later in the change does not help the step before
      Given it-admin@contoso.com proposes to assign D365_CE_PLAN to bob@contoso.com
      And it-admin@contoso.com proposes to remove the license D365_CE_PLAN from carol@contoso.com
      When the change is judged
      Then CHG-006 is introduced for "account:bob@contoso.com"

    Example: A seat freed first makes room
      Given it-admin@contoso.com proposes to remove the license D365_CE_PLAN from carol@contoso.com
      And it-admin@contoso.com proposes to assign D365_CE_PLAN to bob@contoso.com
      When the change is judged
      Then CHG-006 is not introduced

    Example: An invitation takes a seat under v9
      Given it-admin@contoso.com proposes to invite nora@contoso.com for D365_CE_PLAN
      When the change is judged
      Then CHG-006 is introduced for "invitation:nora@contoso.com:D365_CE_PLAN"

    Example: Under the current documentation an invitation takes no seat
      Given the snapshot names the profile dataverse-2025
      And it-admin@contoso.com proposes to invite nora@contoso.com for D365_CE_PLAN
      When the change is judged
      Then CHG-006 is not introduced

  @CHG-007
  Rule: CHG-007 Stub users come only from data import

    Example: A stub user added by hand
      Given alice@contoso.com proposes to add the stub user old-import@contoso.com to prod in the business unit root with the role salesperson
      When the change is judged
      Then CHG-007 is introduced for "user:prod/old-import@contoso.com"

    Example: A person user added by hand is no stub
      Given nora@contoso.com has an account holding D365_CE_PLAN
      And alice@contoso.com proposes to add nora@contoso.com to prod as a read-write user in the business unit root with the role salesperson
      When the change is judged
      Then CHG-007 is not introduced
