Feature: Seats
  A subscription sells a number of seats. Accounts that hold its license, and invitations not yet
  accepted, use them; when none is left the admin center greys out the "On" button.

  Background:
    Given the tenant is judged on 2026-11-22
    And every subscription, D365_CE_PLAN among them, has 25 seats unless a step says otherwise
    And every environment has the business unit root with these predefined roles:
      | role        | name                 | template             |
      | sysadmin    | System Administrator | system-administrator |
      | salesperson | Salesperson          | salesperson          |
      | basic-user  | Basic User           | basic-user           |
    And a person's user record holds the role salesperson unless a step says otherwise

  @LIC-002
  Rule: LIC-002 Seats in use must not exceed the seats purchased

    Example: More licenses are held than were bought
      Given the subscription D365_CE_PLAN has 2 seats
      And 3 other accounts hold D365_CE_PLAN
      When the tenant is checked
      Then LIC-002 is reported for "subscription:D365_CE_PLAN"
      And the finding says "3 D365_CE_PLAN seats are in use"

    Example: Exactly as many licenses as seats is fine
      Given the subscription D365_CE_PLAN has 3 seats
      And 3 other accounts hold D365_CE_PLAN
      When the tenant is checked
      Then LIC-002 is not reported

    Example: A pending invitation takes the last seat
      Given the subscription D365_CE_PLAN has 3 seats
      And 3 other accounts hold D365_CE_PLAN
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then LIC-002 is reported for "subscription:D365_CE_PLAN"
      And the finding says "1 by pending invitations"

    Example: An invitation to someone who already holds the license takes no second seat
      Given the subscription D365_CE_PLAN has 3 seats
      And 2 other accounts hold D365_CE_PLAN
      And gina@contoso.com has an account holding D365_CE_PLAN
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then LIC-002 is not reported

    Example: Two accounts with one UPN each take a seat
      Given the subscription D365_CE_PLAN has 1 seats
      And henry@contoso.com has an account holding D365_CE_PLAN
      And henry@contoso.com has a second account holding D365_CE_PLAN
      When the tenant is checked
      Then LIC-002 is reported for "subscription:D365_CE_PLAN"

  @LIC-006
  Rule: LIC-006 Seats must not be below the offer's minimum

    Example: Fewer seats than the offer allows
      Given the subscription D365_SALES_PRO has 4 seats and an offer minimum of 5
      When the tenant is checked
      Then LIC-006 is reported for "subscription:D365_SALES_PRO"

    Example: Exactly the minimum is fine
      Given the subscription D365_SALES_PRO has 5 seats and an offer minimum of 5
      When the tenant is checked
      Then LIC-006 is not reported

  @LIC-007
  Rule: LIC-007 Seats bought beyond those in use and the offer's minimum can be given back

    Example: Ten seats bought, four in use, an offer minimum of five
      Given the subscription D365_CE_PLAN has 10 seats and an offer minimum of 5
      And 3 other accounts hold D365_CE_PLAN
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then LIC-007 is reported for "subscription:D365_CE_PLAN"
      And the finding says "6 of 10 D365_CE_PLAN seats are unused; the subscription can be reduced to 5"

    Example: More in use than the offer's minimum sets the lowest count
      Given the subscription D365_CE_PLAN has 10 seats and an offer minimum of 2
      And 7 other accounts hold D365_CE_PLAN
      When the tenant is checked
      Then LIC-007 is reported for "subscription:D365_CE_PLAN"
      And the finding says "can be reduced to 7"

    Example: Seats at the offer's minimum cannot be reduced, however few are in use
      Given the subscription D365_CE_PLAN has 5 seats and an offer minimum of 5
      And 3 other accounts hold D365_CE_PLAN
      When the tenant is checked
      Then LIC-007 is not reported

    Example: Every seat in use is nothing to give back
      Given the subscription D365_CE_PLAN has 4 seats and an offer minimum of 0
      And 3 other accounts hold D365_CE_PLAN
      And a pending invitation to gina@contoso.com for D365_CE_PLAN was issued on 2026-11-15
      When the tenant is checked
      Then LIC-007 is not reported
