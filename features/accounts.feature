Feature: Accounts and user records
  Each person signs in with one Microsoft 365 account, and has at most one user record in an
  environment.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @LIC-003
  Rule: LIC-003 Each license requires a unique Microsoft account

    Example: Two accounts share a UPN, whatever its letter case
      Given henry@contoso.com has an account holding D365_CE_PLAN
      And Henry@Contoso.com has a second account holding D365_CE_PLAN
      When the tenant is checked
      Then LIC-003 is reported for "account:henry@contoso.com"
      And the finding says "2 accounts share the UPN henry@contoso.com"

    Example: Different UPNs are different accounts
      Given henry@contoso.com has an account holding D365_CE_PLAN
      And henrietta@contoso.com has an account holding D365_CE_PLAN
      When the tenant is checked
      Then LIC-003 is not reported

  @USR-001
  Rule: USR-001 An enabled person's user record must belong to a Microsoft 365 account

    Example: An enabled record with no account
      Given ghost@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then USR-001 is reported for "user:prod/ghost@contoso.com"

    Example: A disabled record with no account is normal after the account was deleted
      Given ghost@contoso.com has a disabled read-write user record in prod
      When the tenant is checked
      Then USR-001 is not reported

    Example: The account is found whatever the letter case
      Given Bob@Contoso.com has an account holding D365_CE_PLAN
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then USR-001 is not reported

  @USR-002
  Rule: USR-002 A UPN has at most one user record per environment, whatever the record's type

    Example: Two records of one person in one environment
      Given erin@contoso.com has an account holding D365_CE_PLAN
      And erin@contoso.com has a read-write user record in prod
      And erin@contoso.com has another user record in prod
      When the tenant is checked
      Then USR-002 is reported for "user:prod/erin@contoso.com"

    Example: One record in each of two environments is fine
      Given erin@contoso.com has an account holding D365_CE_PLAN
      And erin@contoso.com has a read-write user record in prod
      And erin@contoso.com has a read-write user record in sandbox
      When the tenant is checked
      Then USR-002 is not reported
