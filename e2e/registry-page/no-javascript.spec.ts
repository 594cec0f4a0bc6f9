// The registry page is rendered whole on the server: with JavaScript off a person still reads its Overview
// (properties, regions, tags), and a full load never shows the Registries list's skeleton on the way.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { createTestRegistry } from './registry-fixture';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test("the registry page shows the registry's properties, regions and tags", async ({ page, request }) => {
    const registry = await createTestRegistry(request, { prefix: 'e2e-nojs', regions: ['eastus', 'westeurope'], tags: { team: 'nojs' } });
    await signInAs(page, undefined, registry.path);
    await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
    const properties = page.getByLabel('Registry properties');
    await expect(properties).toContainText(registry.resourceGroup);
    await expect(properties).toContainText('East US');
    await expect(properties).toContainText('West Europe');
    await expect(page.getByText('team: nojs')).toBeVisible();
    await expect(page.getByLabel('Loading registries')).toHaveCount(0);
    await expect(page.getByLabel(/Loading/)).toHaveCount(0);
  });
});

test("a full load's HTML holds the registry, not the list's skeleton", async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-nojs', regions: ['eastus'] });
  await signInAs(page, undefined, registry.path);
  // The document as the server sent it, before any script ran (the context's session cookie rides along).
  const html = await (await page.request.get(registry.path)).text();
  expect(html).not.toContain('Loading registries');
  // The registry's content is in the document's first flush, not streamed in after a fallback (the header's
  // on-demand menus may stream their stand-ins later: they are not the page's content).
  const firstFlush = html.split('<div hidden id="S:')[0];
  expect(firstFlush).toContain(registry.name);
  expect(firstFlush).toContain('Managed resource group');
  expect(firstFlush).toContain(registry.resourceGroup);
});
