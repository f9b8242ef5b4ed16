Feature: Licenses
  Every person who signs in to read or write data needs a license, held by their Microsoft 365
  account. People who only administer, and accounts used only by programs, need none, and a
  license held by someone who cannot use it should be given back.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @LIC-001
  Rule: LIC-001 An enabled person who reads or writes data must hold a license

    Example: A read-write user whose account holds no license
      Given carol@contoso.com has an account without licenses
      And carol@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-001 is reported for "user:prod/carol@contoso.com"
      And the finding says "holds no license"

    Example: A read-only user needs a license too
      Given carol@contoso.com has an account without licenses
      And carol@contoso.com has a read user record in prod
      When the tenant is checked
      Then LIC-001 is reported for "user:prod/carol@contoso.com"

    Example: A licensed user is fine
      Given bob@contoso.com has an account holding D365_CE_PLAN
      And bob@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-001 is not reported

    Example: Administrative and non-interactive users need no license
      Given dave@contoso.com has an account without licenses
      And dave@contoso.com has an administrative user record in prod
      And eve@contoso.com has an account without licenses
      And eve@contoso.com has a non-interactive user record in prod
      When the tenant is checked
      Then LIC-001 is not reported

    Example: A disabled user needs no license
      Given carol@contoso.com has an account without licenses
      And carol@contoso.com has a disabled read-write user record in prod
      When the tenant is checked
      Then LIC-001 is not reported

    Example: A license on either of two accounts with one UPN serves the person
      Given henry@contoso.com has an account without licenses
      And henry@contoso.com has a second account holding D365_CE_PLAN
      And henry@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-001 is not reported

    Example: A user without any account is reported as such, not as unlicensed
      Given ghost@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-001 is not reported
      And USR-001 is reported for "user:prod/ghost@contoso.com"

  @LIC-004
  Rule: LIC-004 A license held by someone whose every user record is disabled should be removed

    Example: The only user record is disabled
      Given frank@contoso.com has an account holding D365_CE_PLAN
      And frank@contoso.com has a disabled read-write user record in prod
      When the tenant is checked
      Then LIC-004 is reported for "account:frank@contoso.com"

    Example: One enabled record in another environment keeps the license in use
      Given frank@contoso.com has an account holding D365_CE_PLAN
      And frank@contoso.com has a disabled read-write user record in prod
      And frank@contoso.com has a read-write user record in sandbox
      When the tenant is checked
      Then LIC-004 is not reported

    Example: An account with no user record at all is not judged
      Given frank@contoso.com has an account holding D365_CE_PLAN
      When the tenant is checked
      Then LIC-004 is not reported

  @LIC-005
  Rule: LIC-005 A license held by someone who only administers or runs programs should be removed after setup

    Example: An administrative user keeps the license used for setup
      Given dave@contoso.com has an account holding D365_CE_PLAN
      And dave@contoso.com has an administrative user record in prod
      When the tenant is checked
      Then LIC-005 is reported for "account:dave@contoso.com"

    Example: A non-interactive user keeps the license used for setup
      Given svc@contoso.com has an account holding D365_CE_PLAN
      And svc@contoso.com has a non-interactive user record in prod
      When the tenant is checked
      Then LIC-005 is reported for "account:svc@contoso.com"

    Example: One read-write record elsewhere needs the license
      Given dave@contoso.com has an account holding D365_CE_PLAN
      And dave@contoso.com has an administrative user record in prod
      And dave@contoso.com has a read-write user record in sandbox
      When the tenant is checked
      Then LIC-005 is not reported

  @LIC-008
  Rule: LIC-008 A license held by an account with no user record anywhere should be removed

    Example: A licensed account that no environment knows
      Given olga@contoso.com has an account holding D365_CE_PLAN
      When the tenant is checked
      Then LIC-008 is reported for "account:olga@contoso.com"
      And the finding says "no user record in any environment"

    Example: One disabled user record is a user record
      Given olga@contoso.com has an account holding D365_CE_PLAN
      And olga@contoso.com has a disabled read-write user record in sandbox
      When the tenant is checked
      Then LIC-008 is not reported
      And LIC-004 is reported for "account:olga@contoso.com"

    Example: An account without a license is not judged
      Given olga@contoso.com has an account without licenses
      When the tenant is checked
      Then LIC-008 is not reported

  @LIC-009
  Rule: LIC-009 A license held by an account that cannot sign in should be removed

    Example: A blocked account keeps its license
      Given pat@contoso.com has a blocked account holding D365_CE_PLAN
      And pat@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-009 is reported for "account:pat@contoso.com"
      And the finding says "cannot sign in"

    Example: The other rules judge the blocked person's records as before
      Given pat@contoso.com has a blocked account holding D365_CE_PLAN
      And pat@contoso.com has a read-write user record in prod
      And pat@contoso.com is a global admin
      When the tenant is checked
      Then LIC-001 is not reported
      And ADM-001 is not reported

    Example: A blocked account without a license is not judged
      Given pat@contoso.com has a blocked account without licenses
      And pat@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-009 is not reported

    Example: An account that can sign in keeps its license
      Given pat@contoso.com has an account holding D365_CE_PLAN
      And pat@contoso.com has a read-write user record in prod
      When the tenant is checked
      Then LIC-009 is not reported
