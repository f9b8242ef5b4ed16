Feature: Admins
  Microsoft 365 admin roles are held by accounts. The global admin can do everything in the tenant,
  so a tenant that depends on one person for it is stuck when that person is away.

  @ADM-001
  Rule: ADM-001 More than one person should hold the global admin role

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
