Feature: Stub users
  Stub users are placeholders created by data import, so that imported records have an owner.
  They can't sign in and can't be enabled, and they are given a default role: Salesperson, or
  Basic User (once called Common Data Service User) in a Power Apps environment.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @STUB-001
  Rule: STUB-001 A stub user must not be enabled

    Example: An enabled stub user
      Given an enabled stub user old-import@contoso.com in prod holds the role salesperson
      When the tenant is checked
      Then STUB-001 is reported for "user:prod/old-import@contoso.com"

    Example: Stub users are disabled
      Given a disabled stub user old-import@contoso.com in prod holds the role salesperson
      When the tenant is checked
      Then STUB-001 is not reported

  @STUB-002
  Rule: STUB-002 A stub user holds its environment's default role

    Example: A stub user in Customer Engagement without Salesperson
      Given a disabled stub user old-import@contoso.com in prod holds the role basic-user
      When the tenant is checked
      Then STUB-002 is reported for "user:prod/old-import@contoso.com"
      And the finding says "Salesperson"

    Example: A stub user in Customer Engagement with Salesperson
      Given a disabled stub user old-import@contoso.com in prod holds the role salesperson
      When the tenant is checked
      Then STUB-002 is not reported

    Example: A stub user in Power Apps with Basic User
      Given the environment apps is a Power Apps environment
      And a disabled stub user old-import@contoso.com in apps holds the role basic-user
      When the tenant is checked
      Then STUB-002 is not reported

    Example: Salesperson is not the default role in Power Apps
      Given the environment apps is a Power Apps environment
      And a disabled stub user old-import@contoso.com in apps holds the role salesperson
      When the tenant is checked
      Then STUB-002 is reported for "user:apps/old-import@contoso.com"
      And the finding says "Basic User"
