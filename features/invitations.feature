Feature: Invitations
  Under the v9 rules an invitation that has not been accepted holds a license seat until it
  expires, two weeks after it was issued. Current Dataverse documentation no longer says so.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @INV-001
  Rule: INV-001 A pending invitation holds a seat until it is released

    Example: An invitation issued a week ago holds a seat
      Given a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then INV-001 is reported for "invitation:gina@contoso.com:D365_CE_PLAN"
      And the finding says "until 2026-11-29"

    Example: An invitation issued 13 days ago still holds its seat, for the last day
      Given a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-09
      When the tenant is checked
      Then INV-001 is reported for "invitation:gina@contoso.com:D365_CE_PLAN"
      And the finding says "until 2026-11-23"

    Example: An invitation issued exactly 14 days ago no longer holds a seat
      Given a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-08
      When the tenant is checked
      Then INV-001 is not reported

    Example: An invitation issued after the evaluation day holds nothing yet
      Given a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-23
      When the tenant is checked
      Then INV-001 is not reported

    Example: An accepted invitation holds no seat
      Given an accepted invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then INV-001 is not reported

    Example: Someone who already holds the license takes no seat through the invitation
      Given gina@contoso.com has an account holding D365_CE_PLAN
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then INV-001 is not reported

    Example: Under the current documentation invitations hold no seat
      Given a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked under the profile dataverse-2025
      Then INV-001 is not reported

    Example: The snapshot's policy can shorten the hold period
      Given the snapshot's policy holds invitations for 5 days
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-17
      When the tenant is checked
      Then INV-001 is not reported
      And INV-002 is reported for "invitation:gina@contoso.com:D365_CE_PLAN"

  @INV-002
  Rule: INV-002 An invitation that was never accepted expires when its hold period is over

    Example: An invitation issued exactly 14 days ago has expired
      Given a pending invitation to ivan@contoso.com for D365_CE_PLAN was issued on 2026-11-08
      When the tenant is checked
      Then INV-002 is reported for "invitation:ivan@contoso.com:D365_CE_PLAN"
      And the finding says "expired on 2026-11-22"

    Example: An invitation issued 13 days ago has not expired yet
      Given a pending invitation to ivan@contoso.com for D365_CE_PLAN was issued on 2026-11-09
      When the tenant is checked
      Then INV-002 is not reported

    Example: A revoked invitation does not expire
      Given a revoked invitation to ivan@contoso.com for D365_CE_PLAN was issued on 2026-10-01
      When the tenant is checked
      Then INV-002 is not reported

    Example: Under the current documentation invitations do not expire this way
      Given a pending invitation to ivan@contoso.com for D365_CE_PLAN was issued on 2026-10-01
      When the tenant is checked under the profile dataverse-2025
      Then INV-002 is not reported

    Example: A hold period of zero days turns the invitation rules off
      Given the snapshot's policy holds invitations for 0 days
      And a pending invitation to ivan@contoso.com for D365_CE_PLAN was issued on 2026-10-01
      When the tenant is checked
      Then INV-002 is not reported
