// The wizard's reads of its first data (subscriptions, resource groups, regions) run within the page's ARM
// budget (lib/arm/deadline.ts), so a hung or throttling ARM is said within seconds instead of a spinner for
// ARM's 90 s; the browser then reads again "patiently" (within the longer browser-read bound, waiting out a
// Retry-After that fits in it), so the choices appear as soon as ARM answers.
import 'server-only';
import { browserRead } from '@/lib/action-kit/browser-read';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';

/** How the browser asks: `patient` after a read that ran out of budget. Untrusted: only `true` counts. */
export interface ReadOptions {
  patient?: boolean;
}

/** Runs `read` within the page's ARM budget, or the browser-read bound when the caller asks patiently. */
export function withReadBudget<T>(options: ReadOptions | undefined, read: () => Promise<T>): Promise<T> {
  return options?.patient === true ? browserRead(read) : withArmDeadline(PAGE_ARM_BUDGET_MS, read);
}
