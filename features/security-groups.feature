Feature: Security groups
  An environment can be restricted to the members of one security group. Only direct members get
  in: members of groups nested inside it are ignored. Under the current documentation global
  admins need not be members; application users never do.

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

  @SG-001
  Rule: SG-001 An enabled person must be a direct member of the environment's security group

    Example: Not a member at all
      Given bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is reported for "user:prod/bob@contoso.com"
      And the finding says "is not a member of its security group d365-prod"

    Example: A member only through a nested group, which the finding names
      Given the group contractors is nested in the group d365-prod
      And bob@contoso.com is a direct member of the group contractors
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is reported for "user:prod/bob@contoso.com"
      And the finding says "only through the nested group contractors"

    Example: Nesting at any depth is ignored, and the group where the user is found is named
      Given the group contractors is nested in the group d365-prod
      And the group agency is nested in the group contractors
      And bob@contoso.com is a direct member of the group agency
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is reported for "user:prod/bob@contoso.com"
      And the finding says "nested group agency"

    Example: Circular nesting is allowed and still grants nothing
      Given the group contractors is nested in the group d365-prod
      And the group d365-prod is nested in the group contractors
      And bob@contoso.com is a direct member of the group contractors
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is reported for "user:prod/bob@contoso.com"

    Example: A direct member, whatever the letter case
      Given Bob@Contoso.com is a direct member of the group d365-prod
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is not reported

    Example: A direct member who is also in a nested group
      Given the group contractors is nested in the group d365-prod
      And bob@contoso.com is a direct member of the group contractors
      And bob@contoso.com is a direct member of the group d365-prod
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is not reported

    Example: An environment without a security group admits everyone
      Given bob@contoso.com has a read-write user record in sandbox
      When the tenant is checked
      Then SG-001 is not reported

    Example: A disabled user is not judged
      Given bob@contoso.com has a disabled read-write user record in prod
      When the tenant is checked
      Then SG-001 is not reported

    Example: Application users need not be members
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      When the tenant is checked
      Then SG-001 is not reported

    Example: Under v9 a global admin must be a member too
      Given bob@contoso.com is a global admin
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then SG-001 is reported for "user:prod/bob@contoso.com"

    Example: Under the current documentation a global admin is exempt
      Given bob@contoso.com is a global admin
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked under the profile dataverse-2025
      Then SG-001 is not reported

    Example: A service admin is not exempt under the current documentation
      Given bob@contoso.com is a service admin
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked under the profile dataverse-2025
      Then SG-001 is reported for "user:prod/bob@contoso.com"
