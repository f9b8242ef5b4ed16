Feature: Non-interactive users
  Non-interactive user accounts are for programs and need no license, but each environment may
  have only a few of them: five under the v9 rules, seven under the current documentation.
  Application users are not counted.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @NI-001
  Rule: NI-001 An environment must not have more non-interactive users than allowed

    Example: Six non-interactive users are one too many under v9
      Given 6 people have non-interactive user records in prod
      When the tenant is checked
      Then NI-001 is reported for "environment:prod"
      And the finding says "more than the limit of 5"

    Example: Exactly five is allowed under v9
      Given 5 people have non-interactive user records in prod
      When the tenant is checked
      Then NI-001 is not reported

    Example: Disabled non-interactive users still count
      Given 3 people have non-interactive user records in prod
      And 3 people have disabled non-interactive user records in prod
      When the tenant is checked
      Then NI-001 is reported for "environment:prod"

    Example: Application users never count
      Given 5 people have non-interactive user records in prod
      And 3 application users run non-interactively in prod
      When the tenant is checked
      Then NI-001 is not reported

    Example: Each environment is counted on its own
      Given 3 people have non-interactive user records in prod
      And 3 people have non-interactive user records in sandbox
      When the tenant is checked
      Then NI-001 is not reported

    Example: Seven are allowed under the current documentation
      Given 7 people have non-interactive user records in prod
      When the tenant is checked under the profile dataverse-2025
      Then NI-001 is not reported

    Example: Eight are too many under the current documentation
      Given 8 people have non-interactive user records in prod
      And the snapshot names the profile dataverse-2025
      When the tenant is checked
      Then NI-001 is reported for "environment:prod"
      And the finding says "more than the limit of 7"

    Example: The snapshot's policy sets its own limit
      Given the snapshot's policy allows 2 non-interactive users
      And 3 people have non-interactive user records in prod
      When the tenant is checked
      Then NI-001 is reported for "environment:prod"
