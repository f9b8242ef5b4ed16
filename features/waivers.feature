Feature: Waivers
  Compliance can accept a finding for a while: a waiver names the rule and the subject, why, who
  approved it and when it expires. A waived finding is still reported, marked as waived, and never
  fails a run. Expiry is judged on the evaluation day, not the wall clock.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise
    And frank@contoso.com has an account holding D365_CE_PLAN
    And frank@contoso.com has a disabled read-write user record in prod

  Rule: A waiver in force covers its finding

    Example: Frank keeps his license while on leave
      Given compliance waived LIC-004 for "account:frank@contoso.com" until 2027-01-15 because "on leave until January"
      When the tenant is checked
      Then LIC-004 is reported as waived for "account:frank@contoso.com" because "on leave until January"

    Example: Subjects match whatever their letter case
      Given compliance waived LIC-004 for "Account:Frank@Contoso.com" until 2027-01-15 because "on leave"
      When the tenant is checked
      Then LIC-004 is reported as waived for "account:frank@contoso.com" because "on leave"
      And WAIVER-002 is not reported

  @WAIVER-001
  Rule: WAIVER-001 A waiver no longer applies from the day it expires

    Example: On the day of expiry the waiver lapses and the finding counts again
      Given compliance waived LIC-004 for "account:frank@contoso.com" until 2026-11-22 because "on leave"
      When the tenant is checked
      Then WAIVER-001 is reported for "waiver:LIC-004:account:frank@contoso.com"
      And the finding says "expired on 2026-11-22"
      And LIC-004 is reported but not waived for "account:frank@contoso.com"

    Example: The day before expiry the waiver still applies
      Given compliance waived LIC-004 for "account:frank@contoso.com" until 2026-11-23 because "on leave"
      When the tenant is checked
      Then WAIVER-001 is not reported
      And LIC-004 is reported as waived for "account:frank@contoso.com" because "on leave"

  @WAIVER-002
  Rule: WAIVER-002 A waiver that matches no finding can go

    Example: A waiver for a finding that does not exist
      Given compliance waived LIC-001 for "user:prod/frank@contoso.com" until 2027-01-15 because "contractor"
      When the tenant is checked
      Then WAIVER-002 is reported for "waiver:LIC-001:user:prod/frank@contoso.com"

    Example: A waiver that matches its finding is in use
      Given compliance waived LIC-004 for "account:frank@contoso.com" until 2027-01-15 because "on leave"
      When the tenant is checked
      Then WAIVER-002 is not reported

    Example: A waiver of a rule that was not judged is not called unused
      Given compliance waived LIC-001 for "user:prod/frank@contoso.com" until 2027-01-15 because "contractor"
      When the tenant is checked judging only LIC-004
      Then WAIVER-002 is not reported

    Example: An expired waiver is reported as expired, not as unused
      Given compliance waived LIC-001 for "user:prod/frank@contoso.com" until 2026-11-01 because "contractor"
      When the tenant is checked
      Then WAIVER-001 is reported for "waiver:LIC-001:user:prod/frank@contoso.com"
      And WAIVER-002 is not reported
