// The emulated Entra tenant.

/** Tenant id every token, subscription and identity carries. */
export const TENANT_ID = '72f988bf-0000-4c1a-9e3b-c0a7e5d1f001';
/** The tenant's default domain. */
export const TENANT_DOMAIN = 'contoso.onmicrosoft.com';
