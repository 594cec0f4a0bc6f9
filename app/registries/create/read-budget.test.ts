import { describe, expect, it } from 'vitest';
import { BROWSER_READ_BUDGET_MS, budgetLeftMs, PAGE_ARM_BUDGET_MS } from '@/lib/arm/deadline';
import { withReadBudget } from './read-budget';

describe('withReadBudget', () => {
  it("runs a first read within the page's ARM budget, and a patient one (after it ran out) within the browser's longer bound", async () => {
    const first = await withReadBudget(undefined, async () => budgetLeftMs());
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(PAGE_ARM_BUDGET_MS);
    const patient = await withReadBudget({ patient: true }, async () => budgetLeftMs());
    expect(patient).toBeGreaterThan(PAGE_ARM_BUDGET_MS);
    expect(patient).toBeLessThanOrEqual(BROWSER_READ_BUDGET_MS);
  });

  it('counts only a real true from the browser as patient (untrusted input)', async () => {
    for (const options of [{ patient: 'yes' }, { patient: 1 }, 'patient', null] as unknown as { patient?: boolean }[]) {
      expect(await withReadBudget(options, async () => budgetLeftMs())).toBeLessThanOrEqual(PAGE_ARM_BUDGET_MS);
    }
  });
});
