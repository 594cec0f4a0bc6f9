// The list's client-side behaviour without a browser: URL state round trips, search/filter/sort over rows,
// CSV of what is shown, and the time texts.
import { describe, expect, it } from 'vitest';
import type { ListItem } from './list-columns';
import { registriesCsv } from './list-csv';
import { applyListView, buildSearchIndex, filterOptionsOf } from './list-filter';
import { exactUtcTime, relativeTime } from './list-format';
import { DEFAULT_VIEW, parseListView, serializeListView, type ListViewState } from './list-view-state';
import type { RegistryRow } from './registry-row';

const SUB_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const SUB_B = 'bbbbbbbb-0000-4000-8000-000000000002';

function row(name: string, overrides: Partial<RegistryRow> = {}): RegistryRow {
  const base: RegistryRow = {
    id: `/subscriptions/${SUB_A}/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/registries/${name}`,
    name,
    resourceGroup: 'rg-ml',
    subscriptionId: SUB_A,
    subscriptionName: 'Production',
    location: 'eastus',
    locationDisplayName: 'East US',
    additionalRegions: [],
    publicNetworkAccess: 'Enabled',
    tags: {},
    createdAt: '2025-01-01T00:00:00Z',
    createdBy: 'owner@contoso.onmicrosoft.com',
  };
  return { ...base, ...overrides };
}

const rows = [
  row('vision-models', { tags: { team: 'vision' }, createdAt: '2025-03-01T00:00:00Z' }),
  row('nlp-shared', { resourceGroup: 'RG-NLP', subscriptionId: SUB_B, subscriptionName: 'Development', location: 'westeurope', locationDisplayName: 'West Europe' }),
  row('Alpha', { tags: { owner: 'vision-team' }, additionalRegions: [{ name: 'westeurope', displayName: 'West Europe' }] }),
];
const items: ListItem[] = rows.map((r) => ({ row: r, status: r.name === 'nlp-shared' ? 'Failed' : 'Ready' }));
const index = buildSearchIndex(rows);
const view = (change: Partial<ListViewState>): ListViewState => ({ ...DEFAULT_VIEW, ...change });
const names = (shown: ListItem[]) => shown.map((item) => item.row.name);

describe('list view state in the URL', () => {
  it('round-trips search, repeated filters and sort, and leaves defaults out', () => {
    const state = view({ search: 'vision', subscriptions: [SUB_A], regions: ['eastus', 'westeurope'], sort: 'created', direction: 'desc' });
    const query = serializeListView(state);
    expect(query).toBe(`q=vision&sub=${SUB_A}&region=eastus&region=westeurope&sort=created&dir=desc`);
    expect(parseListView(new URLSearchParams(query))).toEqual(state);
    expect(serializeListView(DEFAULT_VIEW)).toBe('');
  });

  it('keeps hidden columns in display order, never Name, and drops unknown ids', () => {
    const query = serializeListView(view({ hidden: ['createdBy', 'tags'] }));
    expect(query).toBe('hide=createdBy&hide=tags');
    expect(parseListView(new URLSearchParams('hide=tags&hide=name&hide=password&hide=createdBy&hide=tags')).hidden).toEqual(['createdBy', 'tags']);
  });

  it('reads Next searchParams objects and drops unknown sort columns', () => {
    expect(parseListView({ rg: ['rg-a', 'rg-a', ''], sort: 'password', dir: 'sideways' })).toEqual(view({ resourceGroups: ['rg-a'] }));
  });
});

describe('applyListView', () => {
  it('searches name, resource group and tag keys and values, case-insensitively', () => {
    expect(names(applyListView(items, view({ search: 'VISION' }), index))).toEqual(['Alpha', 'vision-models']);
    expect(names(applyListView(items, view({ search: 'rg-nlp' }), index))).toEqual(['nlp-shared']);
    expect(names(applyListView(items, view({ search: 'owner' }), index))).toEqual(['Alpha']);
  });

  it('filters by subscription, resource group (any casing) and region', () => {
    expect(names(applyListView(items, view({ subscriptions: [SUB_B] }), index))).toEqual(['nlp-shared']);
    expect(names(applyListView(items, view({ resourceGroups: ['rg-nlp'] }), index))).toEqual(['nlp-shared']);
    expect(names(applyListView(items, view({ regions: ['eastus'] }), index))).toEqual(['Alpha', 'vision-models']);
  });

  it('sorts on any column in either direction', () => {
    expect(names(applyListView(items, view({ sort: 'created', direction: 'desc' }), index))[0]).toBe('vision-models');
    expect(names(applyListView(items, view({ sort: 'additionalRegions', direction: 'desc' }), index))[0]).toBe('Alpha');
    expect(names(applyListView(items, view({ sort: 'status' }), index))[0]).toBe('nlp-shared');
    expect(names(applyListView(items, view({ sort: 'subscription' }), index))).toEqual(['nlp-shared', 'Alpha', 'vision-models']);
  });

  it('offers filter values present in the rows', () => {
    const options = filterOptionsOf(rows);
    expect(options.subscriptions).toEqual([
      { value: SUB_B, label: 'Development' },
      { value: SUB_A, label: 'Production' },
    ]);
    expect(options.resourceGroups.map((option) => option.value)).toEqual(['rg-ml', 'RG-NLP']);
  });
});

describe('registriesCsv', () => {
  it('writes the ten columns of the shown rows, quoting commas and defusing formulas', () => {
    const csv = registriesCsv([{ row: row('x', { tags: { note: 'a, b', team: 'nlp' }, createdBy: '=HYPERLINK("evil")' }), status: 'Ready' }]);
    const [header, line] = csv.trimEnd().split('\r\n');
    expect(header).toBe('Name,Status,Resource group,Subscription,Primary region,Additional regions,Public network access,Created,Created by,Tags');
    expect(line).toBe(`x,Ready,rg-ml,Production,East US,,Enabled,2025-01-01T00:00:00Z,"'=HYPERLINK(""evil"")","note=a, b; team=nlp"`);
  });
});

describe('time texts', () => {
  it('are relative to the read time and exact in UTC', () => {
    expect(relativeTime('2025-01-01T00:00:00Z', '2025-01-04T00:00:00Z')).toBe('3 days ago');
    expect(relativeTime('2025-01-04T00:00:00Z', '2025-01-04T00:00:20Z')).toBe('just now');
    expect(exactUtcTime('2025-01-02T03:04:05Z')).toBe('2025-01-02 03:04 UTC');
    expect(relativeTime(null, '2025-01-04T00:00:00Z')).toBe('');
  });
});
