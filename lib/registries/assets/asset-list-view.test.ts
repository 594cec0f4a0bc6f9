import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSET_LIST_VIEW, listViewTypeOf, parseAssetListView, shownAssetRows, writeAssetListView } from './asset-list-view';
import type { AssetRow } from './asset-view';

const row = (name: string, extra: Partial<AssetRow> = {}): AssetRow => ({
  name,
  description: '',
  tags: {},
  latestVersion: '1',
  isArchived: false,
  provisioningState: 'Succeeded',
  createdBy: null,
  createdAt: null,
  modifiedBy: null,
  modifiedAt: null,
  ...extra,
});

describe('the asset list view in the URL', () => {
  it('round-trips through search parameters, leaving defaults out', () => {
    const view = { q: 'fraud', tag: 'team=risk', archived: true, sort: 'name' as const, dir: 'asc' as const };
    const params = writeAssetListView(new URLSearchParams('tab=models'), view);
    expect(params.toString()).toBe('tab=models&q=fraud&tag=team%3Drisk&archived=1&sort=name&dir=asc');
    expect(parseAssetListView(params)).toEqual(view);
    expect(writeAssetListView(new URLSearchParams('tab=models&q=x'), DEFAULT_ASSET_LIST_VIEW).toString()).toBe('tab=models');
  });

  it('falls back to the default for unknown sorts and directions', () => {
    expect(parseAssetListView(new URLSearchParams('sort=evil&dir=sideways'))).toEqual(DEFAULT_ASSET_LIST_VIEW);
    expect(listViewTypeOf({ archived: false })).toBe('ActiveOnly');
    expect(listViewTypeOf({ archived: true })).toBe('All');
  });
});

describe('shownAssetRows', () => {
  const rows = [
    row('fraud-detector', { description: 'Card fraud', tags: { team: 'payments' }, latestVersion: '10', modifiedAt: '2026-01-03T00:00:00Z' }),
    row('credit-risk', { tags: { team: 'risk' }, latestVersion: '9', modifiedAt: '2026-01-02T00:00:00Z' }),
    row('legacy', { isArchived: true, modifiedAt: '2026-01-04T00:00:00Z' }),
  ];

  it('searches name and description, filters by tag key or key=value, case-insensitively', () => {
    expect(shownAssetRows(rows, { ...DEFAULT_ASSET_LIST_VIEW, q: 'CARD' }).map((r) => r.name)).toEqual(['fraud-detector']);
    expect(shownAssetRows(rows, { ...DEFAULT_ASSET_LIST_VIEW, tag: 'Team=RISK' }).map((r) => r.name)).toEqual(['credit-risk']);
    expect(shownAssetRows(rows, { ...DEFAULT_ASSET_LIST_VIEW, tag: 'team' }).map((r) => r.name)).toEqual(['fraud-detector', 'credit-risk']);
  });

  it('hides archived rows unless asked (kinds whose list ARM cannot filter), and sorts versions numerically', () => {
    expect(shownAssetRows(rows, DEFAULT_ASSET_LIST_VIEW).map((r) => r.name)).toEqual(['fraud-detector', 'credit-risk']);
    expect(shownAssetRows(rows, { ...DEFAULT_ASSET_LIST_VIEW, archived: true }).map((r) => r.name)).toEqual(['legacy', 'fraud-detector', 'credit-risk']);
    expect(shownAssetRows(rows, { ...DEFAULT_ASSET_LIST_VIEW, sort: 'latest', dir: 'asc' }).map((r) => r.latestVersion)).toEqual(['9', '10']);
  });
});
