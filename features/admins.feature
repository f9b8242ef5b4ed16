Feature: Admins
  Microsoft 365 admin roles are held by accounts. The global admin can do everything in the tenant,
  so a tenant that depends on one person for it is stuck when that person is away.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @ADM-001
  Rule: ADM-001 A global admin role held by one account alone should be given to a second person

    Example: Only one account holds the global admin role
      Given alice@contoso.com has an account without licenses
      And alice@contoso.com is a global admin
      And bob@contoso.com has an account without licenses
      And bob@contoso.com is a billing admin
      When the tenant is checked
      Then ADM-001 is reported for "tenant:contoso"
      And the finding says "alice@contoso.com is the only global admin of contoso"

    Example: Two global admins
      Given alice@contoso.com has an account without licenses
      And alice@contoso.com is a global admin
      And bob@contoso.com has an account without licenses
      And bob@contoso.com is a global admin
      When the tenant is checked
      Then ADM-001 is not reported

    Example: A blocked account does not count as a second global admin
      Given alice@contoso.com has an account without licenses
      And alice@contoso.com is a global admin
      And bob@contoso.com has a blocked account without licenses
      And bob@contoso.com is a global admin
      When the tenant is checked
      Then ADM-001 is reported for "tenant:contoso"

    Example: No global admin at all is not a single one
      Given alice@contoso.com has an account without licenses
      And alice@contoso.com is a user-management admin
      When the tenant is checked
      Then ADM-001 is not reported
