// The create wizard's four steps at each screen, then Create: the deployment's progress page while it runs
// (the emulator holds the registry's creation with a delay rule, as e2e specs do) and once it has finished.
import { addFault } from '@/lib/emulator/testing/control';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { LAPTOP, resize, SCREENS, settle, shoot, visit, WAIT, type Tour } from './shoot';

const STEPS = ['basics', 'regions', 'tags', 'review'] as const;
/** Long enough to shoot the running deployment at three widths on a busy machine. */
const HOLD_MS = 60_000;

/** The subscription and resource group the tour's registry is created in. */
export const TOUR_SUBSCRIPTION = SEED_SUBSCRIPTIONS.development;
export const TOUR_RESOURCE_GROUP = 'rg-ml-dev';

async function chooseOption(tour: Tour, label: string, text: string): Promise<void> {
  await tour.page.getByRole('combobox', { name: label, exact: true }).click();
  await tour.page.getByRole('option', { name: text, exact: true }).click();
}

// Fills the wizard's steps (kept as a draft in the tab's session storage) up to Review + create.
async function fillWizard(tour: Tour, name: string): Promise<void> {
  const { page } = tour;
  await visit(tour, '/registries/create');
  await settle(page);
  await chooseOption(tour, 'Subscription', TOUR_SUBSCRIPTION.displayName);
  await chooseOption(tour, 'Resource group', TOUR_RESOURCE_GROUP);
  await page.getByRole('textbox', { name: 'Registry name' }).fill(name);
  await page.getByText('This name is available.').waitFor(WAIT);
  // Next is judged against the preflight too: let it finish first.
  await page.getByText(/You have permission to create registries/).waitFor(WAIT);
  await page.getByRole('textbox', { name: 'Description' }).fill('Shared models for the screenshot tour.');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=regions/, WAIT);
  await page.getByRole('combobox', { name: 'Additional regions' }).click();
  await page.getByRole('option', { name: '(Europe) West Europe' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=tags/, WAIT);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=review/, WAIT);
}

/** Each wizard step at each screen (the draft lets a step be shown by its URL). */
export async function tourWizard(tour: Tour, name: string): Promise<void> {
  await resize(tour, LAPTOP);
  await fillWizard(tour, name);
  for (const screen of SCREENS) {
    await resize(tour, screen);
    for (const [index, step] of STEPS.entries()) {
      await visit(tour, `/registries/create?step=${step}`);
      await tour.page.getByRole('heading', { level: 2 }).first().waitFor(WAIT);
      // Review + create validates against ARM first; Create is offered once it passes.
      if (step === 'basics') await tour.page.getByText('This name is available.').waitFor(WAIT);
      if (step === 'review') await tour.page.getByRole('button', { name: 'Create', exact: true }).and(tour.page.locator(':enabled')).waitFor(WAIT);
      await shoot(tour, `wizard-${index + 1}-${step}`, screen);
    }
  }
}

/** Creates the registry from the filled wizard; shoots its progress running and finished; returns the page's path. */
export async function tourProgress(tour: Tour, name: string): Promise<string> {
  const { page } = tour;
  await addFault(tour.emulatorUrl, { kind: 'delay', registryName: name, operation: 'create', delayMs: HOLD_MS, times: 1 });
  await resize(tour, LAPTOP);
  await visit(tour, '/registries/create?step=review');
  await settle(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/\/deployments\//, { timeout: 60_000 });
  const progressPath = new URL(page.url()).pathname;
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await visit(tour, progressPath);
    await page.getByRole('heading', { name: 'Deployment is in progress' }).waitFor(WAIT);
    await shoot(tour, 'progress-running', screen);
  }
  await page.getByRole('heading', { name: 'Your deployment is complete' }).waitFor({ timeout: HOLD_MS + 60_000 });
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await visit(tour, progressPath);
    await page.getByRole('heading', { name: 'Your deployment is complete' }).waitFor(WAIT);
    await shoot(tour, 'progress-finished', screen);
  }
  return progressPath;
}
