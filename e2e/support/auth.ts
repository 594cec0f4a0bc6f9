// Signing in from specs, the way a person does: /signin, then the principal's button. Call it in a
// beforeEach; the session cookie then rides along with every page load and page.request call of the context.
import { expect, type Page } from '@playwright/test';

/** The seeded principals' user principal names (docs/architecture.md, "Seeded demo tenant"). */
export const UPN = {
  owner: 'owner@contoso.onmicrosoft.com',
  contributor: 'contributor@contoso.onmicrosoft.com',
  reader: 'reader@contoso.onmicrosoft.com',
  registryUser: 'registryuser@contoso.onmicrosoft.com',
  noRole: 'norole@contoso.onmicrosoft.com',
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// True when the page runs scripts (specs may turn JavaScript off): a probe script either runs or it doesn't.
function scriptsRun(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const probe = document.createElement('script');
    probe.textContent = 'document.documentElement.dataset.e2eScriptProbe = "1"';
    document.head.append(probe);
    probe.remove();
    const ran = document.documentElement.dataset.e2eScriptProbe === '1';
    delete document.documentElement.dataset.e2eScriptProbe;
    return ran;
  });
}

/**
 * Signs in as `upn` (default: the seeded Owner) and lands on `next` (default /registries), hydrated when
 * the page runs JavaScript. Without JavaScript the sign-in form posts natively and is redirected.
 */
export async function signInAs(page: Page, upn: string = UPN.owner, next = '/registries'): Promise<void> {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  const scripted = await scriptsRun(page);
  if (scripted) await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.getByRole('button', { name: new RegExp(escapeRegExp(upn), 'i') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  if (scripted) await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}
