Feature: Security roles
  Nobody gets into an environment without at least one security role, and a role can only be used
  in the business unit it belongs to and the units below it. Which roles count has changed: under
  the v9 rules team roles did not, and global and service admins were System Administrators
  everywhere; under the current documentation team roles count and admin roles grant nothing.

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

  @ROLE-001
  Rule: ROLE-001 An enabled person or application user must hold at least one security role

    Example: A user without any role
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      When the tenant is checked
      Then ROLE-001 is reported for "user:prod/kim@contoso.com"

    Example: One direct role is enough
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod
      And kim@contoso.com holds only the role salesperson in prod
      When the tenant is checked
      Then ROLE-001 is not reported

    Example: A disabled user without roles is not judged
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      And kim@contoso.com's user record in prod is disabled
      When the tenant is checked
      Then ROLE-001 is not reported

    Example: An application user without roles
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      And erp@contoso.com holds no role in prod
      When the tenant is checked
      Then ROLE-001 is reported for "user:prod/erp@contoso.com"

    Example: Stub users are not judged
      Given an enabled stub user old-import@contoso.com in prod holds the role salesperson
      And old-import@contoso.com holds no role in prod
      When the tenant is checked
      Then ROLE-001 is not reported

    Example: A role held only through a team does not count under v9
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      And the team sales-team of prod in the business unit root has the role salesperson
      And kim@contoso.com is a member of the team sales-team in prod
      When the tenant is checked
      Then ROLE-001 is reported for "user:prod/kim@contoso.com"

    Example: A role held only through a team counts under the current documentation
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      And the team sales-team of prod in the business unit root has the role salesperson
      And kim@contoso.com is a member of the team sales-team in prod
      When the tenant is checked under the profile dataverse-2025
      Then ROLE-001 is not reported

    Example: A role of an Entra group team counts through its group under the current documentation
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      And the team sales-team of prod in the business unit root has the role salesperson
      And the team sales-team in prod is the Entra group team of the group sales-people
      And kim@contoso.com is a direct member of the group sales-people
      When the tenant is checked under the profile dataverse-2025
      Then ROLE-001 is not reported

    Example: Members of a group nested in an Entra group team's group are not members of the team
      Given kim@contoso.com has an account holding D365_CE_PLAN
      And kim@contoso.com has a read-write user record in prod without any role
      And the team sales-team of prod in the business unit root has the role salesperson
      And the team sales-team in prod is the Entra group team of the group sales-people
      And the group sales-east is nested in the group sales-people
      And kim@contoso.com is a direct member of the group sales-east
      When the tenant is checked under the profile dataverse-2025
      Then ROLE-001 is reported for "user:prod/kim@contoso.com"

    Example: A global admin is a System Administrator under v9
      Given alice@contoso.com has an account holding D365_CE_PLAN
      And alice@contoso.com is a global admin
      And alice@contoso.com has a read-write user record in prod without any role
      When the tenant is checked
      Then ROLE-001 is not reported

    Example: A service admin is a System Administrator under v9
      Given sam@contoso.com has an account holding D365_CE_PLAN
      And sam@contoso.com is a service admin
      And sam@contoso.com has a read-write user record in prod without any role
      When the tenant is checked
      Then ROLE-001 is not reported

    Example: A billing admin is no System Administrator
      Given bill@contoso.com has an account holding D365_CE_PLAN
      And bill@contoso.com is a billing admin
      And bill@contoso.com has a read-write user record in prod without any role
      When the tenant is checked
      Then ROLE-001 is reported for "user:prod/bill@contoso.com"

    Example: Under the current documentation a global admin must be given a role
      Given alice@contoso.com has an account holding D365_CE_PLAN
      And alice@contoso.com is a global admin
      And alice@contoso.com has a read-write user record in prod without any role
      When the tenant is checked under the profile dataverse-2025
      Then ROLE-001 is reported for "user:prod/alice@contoso.com"

  @ROLE-002
  Rule: ROLE-002 A user's role must belong to the user's business unit or a unit above it

    Background:
      Given the business unit sales of prod lies under root
      And the business unit sales-east of prod lies under sales
      And the business unit service of prod lies under root
      And the custom role east-rep of prod belongs to the business unit sales-east
      And lee@contoso.com has an account holding D365_CE_PLAN

    Example: A role of a unit below the user's own
      Given lee@contoso.com has a read-write user record in prod
      And lee@contoso.com's user record in prod belongs to the business unit sales
      And lee@contoso.com holds the role east-rep in prod
      When the tenant is checked
      Then ROLE-002 is reported for "user:prod/lee@contoso.com"
      And the finding says "business unit sales-east"

    Example: A role of a sibling unit
      Given lee@contoso.com has a read-write user record in prod
      And lee@contoso.com's user record in prod belongs to the business unit service
      And lee@contoso.com holds the role east-rep in prod
      When the tenant is checked
      Then ROLE-002 is reported for "user:prod/lee@contoso.com"

    Example: A role of the user's own unit
      Given lee@contoso.com has a read-write user record in prod
      And lee@contoso.com's user record in prod belongs to the business unit sales-east
      And lee@contoso.com holds the role east-rep in prod
      When the tenant is checked
      Then ROLE-002 is not reported

    Example: A role of the root is available two levels down
      Given lee@contoso.com has a read-write user record in prod
      And lee@contoso.com's user record in prod belongs to the business unit sales-east
      When the tenant is checked
      Then ROLE-002 is not reported

  @ROLE-003
  Rule: ROLE-003 A user whose roles only open apps can reach no data

    Background:
      Given the predefined role cs-app-access of prod opens apps but grants no data
      And mia@contoso.com has an account holding D365_CE_PLAN
      And mia@contoso.com has a read-write user record in prod

    Example: Only an app-access role
      Given mia@contoso.com holds only the role cs-app-access in prod
      When the tenant is checked
      Then ROLE-003 is reported for "user:prod/mia@contoso.com"

    Example: An app-access role next to a role that grants data
      Given mia@contoso.com holds only the role salesperson in prod
      And mia@contoso.com holds the role cs-app-access in prod
      When the tenant is checked
      Then ROLE-003 is not reported

  @ROLE-004
  Rule: ROLE-004 A team's role must belong to the team's business unit or a unit above it

    Background:
      Given the business unit sales of prod lies under root
      And the custom role sales-rep of prod belongs to the business unit sales

    Example: A team of the root unit with a role of a unit below
      Given the team exec-team of prod in the business unit root has the role sales-rep
      When the tenant is checked
      Then ROLE-004 is reported for "team:prod/exec-team"

    Example: A team of a lower unit with a role of the root
      Given the team sales-team of prod in the business unit sales has the role salesperson
      When the tenant is checked
      Then ROLE-004 is not reported
