Feature: Why can't they get in?
  An admin asks why a person can or cannot use an environment. The answer walks the whole chain:
  the user record is enabled and no stub, the account exists, a license is held (or the access
  mode needs none), a security role that grants data is held, and the person is a direct member of
  the environment's security group.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise
    And an application user holds the custom role integration unless a step says otherwise
    And the environment prod is secured by the group d365-prod
    And bob@contoso.com has an account holding D365_CE_PLAN
    And bob@contoso.com is a direct member of the group d365-prod

  Scenario: Everything is in place
    Given bob@contoso.com has a read-write user record in prod
    When the admin asks whether bob@contoso.com can use prod
    Then the answer is that bob@contoso.com can use prod
    And the "security roles" link holds with "Salesperson (direct)"
    And the "security group" link holds with "d365-prod: direct member"

  Scenario: The user record is disabled
    Given bob@contoso.com has a disabled read-write user record in prod
    When the admin asks whether bob@contoso.com can use prod
    Then the answer is that bob@contoso.com cannot use prod
    And the "enabled" link is broken because "the user record is disabled"

  Scenario: A stub user
    Given a disabled stub user old-import@contoso.com in prod holds the role salesperson
    When the admin asks whether old-import@contoso.com can use prod
    Then the "not a stub" link is broken because "stub users can't sign in"

  Scenario: No Microsoft 365 account
    Given carl@contoso.com has a read-write user record in prod
    When the admin asks whether carl@contoso.com can use prod
    Then the "account" link is broken because "no Microsoft 365 account"
    And the "license" link is broken because "no account to hold one"

  Scenario: No license
    Given carol@contoso.com has an account without licenses
    And carol@contoso.com is a direct member of the group d365-prod
    And carol@contoso.com has a read-write user record in prod
    When the admin asks whether carol@contoso.com can use prod
    Then the answer is that carol@contoso.com cannot use prod
    And the "license" link is broken because "no license, and access mode read-write needs one"
    And the answer lists LIC-001

  Scenario: An administrative user needs no license
    Given dave@contoso.com has an account without licenses
    And dave@contoso.com is a direct member of the group d365-prod
    And dave@contoso.com has an administrative user record in prod
    When the admin asks whether dave@contoso.com can use prod
    Then the "license" link holds with "access mode administrative needs none"

  Scenario: No security role
    Given bob@contoso.com has a read-write user record in prod without any role
    When the admin asks whether bob@contoso.com can use prod
    Then the "security roles" link is broken because "no security role"
    And the "roles grant data" link is broken because "no role, so none grants data"
    And the answer lists ROLE-001

  Scenario: A role through a team, under the current documentation
    Given bob@contoso.com has a read-write user record in prod without any role
    And the team sales-team of prod in the business unit root has the role salesperson
    And bob@contoso.com is a member of the team sales-team in prod
    And the snapshot names the profile dataverse-2025
    When the admin asks whether bob@contoso.com can use prod
    Then the "security roles" link holds with "Salesperson (team sales-team)"

  Scenario: A role through an Entra group team names the group it comes through
    Given bob@contoso.com has a read-write user record in prod without any role
    And the team sales-team of prod in the business unit root has the role salesperson
    And the team sales-team in prod is the Entra group team of the group sales-people
    And bob@contoso.com is a direct member of the group sales-people
    And the snapshot names the profile dataverse-2025
    When the admin asks whether bob@contoso.com can use prod
    Then the answer is that bob@contoso.com can use prod
    And the "security roles" link holds with "Salesperson (team sales-team through the group sales-people)"

  Scenario: A blocked account cannot sign in
    Given paula@contoso.com has a blocked account holding D365_CE_PLAN
    And paula@contoso.com is a direct member of the group d365-prod
    And paula@contoso.com has a read-write user record in prod
    When the admin asks whether paula@contoso.com can use prod
    Then the answer is that paula@contoso.com cannot use prod
    And the "account" link is broken because "sign-in is blocked"
    And the "license" link holds with "holds D365_CE_PLAN"
    And the answer lists LIC-009

  Scenario: A person is blocked only when every account of their UPN is
    Given paula@contoso.com has a blocked account holding D365_CE_PLAN
    And paula@contoso.com has a second account holding D365_CE_PLAN
    And paula@contoso.com is a direct member of the group d365-prod
    And paula@contoso.com has a read-write user record in prod
    When the admin asks whether paula@contoso.com can use prod
    Then the answer is that paula@contoso.com can use prod
    And the "account" link holds with "2 accounts share it"

  Scenario: System Administrator through the global admin role, under v9
    Given bob@contoso.com is a global admin
    And bob@contoso.com has a read-write user record in prod without any role
    When the admin asks whether bob@contoso.com can use prod
    Then the "security roles" link holds with "System Administrator (admin role global)"

  Scenario: Only an app-access role
    Given the predefined role cs-app-access of prod opens apps but grants no data
    And bob@contoso.com has a read-write user record in prod
    And bob@contoso.com holds only the role cs-app-access in prod
    When the admin asks whether bob@contoso.com can use prod
    Then the "roles grant data" link is broken because "grants no data"

  Scenario: Only through a nested group
    Given the group contractors is nested in the group d365-prod
    And nina@contoso.com has an account holding D365_CE_PLAN
    And nina@contoso.com is a direct member of the group contractors
    And nina@contoso.com has a read-write user record in prod
    When the admin asks whether nina@contoso.com can use prod
    Then the "security group" link is broken because "only through the nested group contractors"
    And the answer lists SG-001

  Scenario: Not in the security group at all
    Given nina@contoso.com has an account holding D365_CE_PLAN
    And nina@contoso.com has a read-write user record in prod
    When the admin asks whether nina@contoso.com can use prod
    Then the "security group" link is broken because "not a member of the security group d365-prod"

  Scenario: A global admin is exempt under the current documentation
    Given nina@contoso.com has an account holding D365_CE_PLAN
    And nina@contoso.com is a global admin
    And nina@contoso.com has a read-write user record in prod
    And the snapshot names the profile dataverse-2025
    When the admin asks whether nina@contoso.com can use prod
    Then the "security group" link holds with "exempt (global admin)"

  Scenario: A misconfigured application user
    Given erp@contoso.com is an application user in prod without an application id
    When the admin asks whether erp@contoso.com can use prod
    Then the "application setup" link is broken because "needs an applicationId"
    And the "security group" link holds with "exempt (application user)"
