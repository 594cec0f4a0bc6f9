// Cross-site request forgery: a server action or route handler POSTed from another origin, or with no Origin
// at all, is answered 403 with a plain sentence (not Next's 500 with a digest), before anything reaches ARM.
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { createTestRegistry, getRegistryJson } from '../registry-page/registry-fixture';
import { serverActionId } from '../registry-page/server-action';

const ROUTE = 'app/registries/[subscriptionId]/[resourceGroup]/[name]';

function postAction(page: Page, path: string, actionId: string, args: unknown[], origin: string | undefined) {
  const headers: Record<string, string> = { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' };
  if (origin !== undefined) headers.Origin = origin;
  return page.request.post(path, { headers, data: JSON.stringify(args), maxRedirects: 0 });
}

test('cross-origin and origin-less action POSTs get 403 and change nothing in ARM', async ({ page, request, baseURL }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-csrf', regions: ['eastus'], tags: { team: 'ml' } });
  await signInAs(page, undefined, registry.path);
  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
  const updateTags = serverActionId(`${ROUTE}/update-tags-action.ts`, 'updateTagsAction');
  const deleteRegistry = serverActionId(`${ROUTE}/delete-registry-action.ts`, 'deleteRegistryAction');
  const calls: [string, unknown][] = [
    [updateTags, { tags: [{ name: 'team', value: 'forged' }], description: '' }],
    [deleteRegistry, { confirmName: registry.name }],
  ];
  for (const origin of ['https://evil.example', `${baseURL}.evil.example`, 'null', undefined]) {
    for (const [actionId, input] of calls) {
      const response = await postAction(page, registry.path, actionId, [ref, input], origin);
      expect(response.status(), `${origin}`).toBe(403);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      expect(await response.text()).toMatch(/^Registry Hub refused this request: it (came from another site|did not say which site sent it)/);
    }
  }
  // A path that looks like a static file is no way around the check.
  const disguised = await postAction(page, `${registry.path}.js`, updateTags, [ref, calls[0][1]], 'https://evil.example');
  expect(disguised.status()).toBe(403);
  // A route handler too (the console has GET ones only; a forged POST must not reach Next at all).
  const routePost = await page.request.post('/api/deployments', { headers: { Origin: 'https://evil.example' }, data: '{}' });
  expect(routePost.status()).toBe(403);

  // ARM's truth: the registry is there with its tags.
  const arm = await getRegistryJson(request, registry);
  expect(arm.status).toBe(200);
  expect(arm.body.tags).toEqual({ team: 'ml' });

  // The same call from the console's own origin goes through: the check tells origins apart.
  const own = await postAction(page, registry.path, updateTags, [ref, { tags: [{ name: 'team', value: 'own' }], description: '' }], new URL(baseURL!).origin);
  expect(own.status(), await own.text()).toBe(200);
  await expect.poll(async () => (await getRegistryJson(request, registry)).body.tags).toEqual({ team: 'own' });
});

test('a forged cross-origin sign-in sets no session cookie', async ({ page }) => {
  const signIn = serverActionId('app/signin/sign-in-action.ts', 'signInAction');
  const response = await postAction(page, '/signin', signIn, ['owner@contoso.onmicrosoft.com'], 'https://evil.example');
  expect(response.status()).toBe(403);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(await page.context().cookies()).toEqual([]);
});
