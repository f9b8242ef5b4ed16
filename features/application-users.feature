Feature: Application users
  Application users are the identities of registered applications that call the service from
  other systems. They run non-interactively, need a custom security role, and each registered
  application has one application user per environment.

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

  @APP-001
  Rule: APP-001 An application user needs an application id and the non-interactive access mode

    Example: No application id
      Given erp@contoso.com is an application user in prod without an application id
      When the tenant is checked
      Then APP-001 is reported for "user:prod/erp@contoso.com"
      And the finding says "without applicationId"

    Example: An interactive access mode
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      And the application user erp@contoso.com in prod runs in access mode read-write
      When the tenant is checked
      Then APP-001 is reported for "user:prod/erp@contoso.com"
      And the finding says "read-write instead of non-interactive"

    Example: A well-configured application user
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      When the tenant is checked
      Then APP-001 is not reported

  @APP-002
  Rule: APP-002 An application user should hold a custom security role

    Example: Only a predefined role
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      And erp@contoso.com holds only the role salesperson in prod
      When the tenant is checked
      Then APP-002 is reported for "user:prod/erp@contoso.com"

    Example: A custom role
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      When the tenant is checked
      Then APP-002 is not reported

  @APP-003
  Rule: APP-003 An application is registered once per environment

    Example: Two application users share an application id, whatever its letter case
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      And erp2@contoso.com is an application user in prod with the application id 6F1C2A1E-0D5B-4D8E-9A55-3F7F1E0C2B11
      When the tenant is checked
      Then APP-003 is reported for "user:prod/erp@contoso.com"
      And APP-003 is reported for "user:prod/erp2@contoso.com"

    Example: The same application in two environments
      Given erp@contoso.com is an application user in prod with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      And erp@contoso.com is an application user in sandbox with the application id 6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11
      When the tenant is checked
      Then APP-003 is not reported

    Example: Application users without an id share nothing
      Given erp@contoso.com is an application user in prod without an application id
      And erp2@contoso.com is an application user in prod without an application id
      When the tenant is checked
      Then APP-003 is not reported
