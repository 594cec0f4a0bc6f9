// The asset search's budget for its registry list runs from the page's request: the browser asks only once
// the page has hydrated, and the person has been waiting since the request.
import { describe, expect, it } from 'vitest';
import { PAGE_ARM_BUDGET_MS } from '@/lib/arm/deadline';
import { searchListBudgetMs } from './list-for-search';

const NOW = 1_800_000_000_000;

describe('searchListBudgetMs', () => {
  it('gives ARM what is left of the page budget since the page was requested', () => {
    expect(searchListBudgetMs(NOW - 400, NOW)).toBe(PAGE_ARM_BUDGET_MS - 400);
  });

  it('never less than half a second, however long the page took to hydrate', () => {
    expect(searchListBudgetMs(NOW - 5_000, NOW)).toBe(500);
  });

  it('never more than the page budget, whatever time the browser sends', () => {
    expect(searchListBudgetMs(NOW + 60_000, NOW)).toBe(PAGE_ARM_BUDGET_MS);
    expect(searchListBudgetMs(null, NOW)).toBe(PAGE_ARM_BUDGET_MS);
  });
});
