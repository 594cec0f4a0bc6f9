// The registry PUT body tests send, in one place for the unit tests (emulator-fixture.ts) and the browser
// tests (e2e/registry-page/registry-fixture.ts). No imports: Playwright loads it without the emulator.

/** The minimal registry PUT body the SDK and Learn send (arm-contract.md §1), one entry per region. */
export function registryBody(regions: string[], tags: Record<string, string> = {}): Record<string, unknown> {
  return {
    location: regions[0],
    tags,
    identity: { type: 'SystemAssigned' },
    properties: {
      publicNetworkAccess: 'Enabled',
      regionDetails: regions.map((location) => ({
        location,
        acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
        storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false } }],
      })),
    },
  };
}
