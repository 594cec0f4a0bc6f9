import { describe, expect, it } from 'vitest';
import { breadcrumbsForPath } from './breadcrumbs-for-path';

describe('breadcrumbsForPath', () => {
  it('gives the hub trail for the registries list', () => {
    expect(breadcrumbsForPath('/registries')).toEqual([
      { label: 'Registry Hub', href: '/' },
      { label: 'Registries', href: '/registries' },
    ]);
  });

  it('names a registry page after the registry and keeps deeper tabs readable', () => {
    const sub = '00000000-0000-0000-0000-000000000001';
    expect(breadcrumbsForPath(`/registries/${sub}/rg-ml/my%20reg/access-control`)).toEqual([
      { label: 'Registry Hub', href: '/' },
      { label: 'Registries', href: '/registries' },
      { label: 'my reg', href: `/registries/${sub}/rg-ml/my%20reg` },
      { label: 'Access control', href: `/registries/${sub}/rg-ml/my%20reg/access-control` },
    ]);
  });

  it('names the create wizard and deployment pages under the Registries hub', () => {
    expect(breadcrumbsForPath('/registries/create').map((c) => c.label)).toEqual(['Registry Hub', 'Registries', 'Create registry']);
    const sub = '00000000-0000-0000-0000-000000000001';
    expect(breadcrumbsForPath(`/deployments/${sub}/rg-ml/registry-reg1-abc`)).toEqual([
      { label: 'Registry Hub', href: '/' },
      { label: 'Registries', href: '/registries' },
      { label: 'Deployment registry-reg1-abc', href: `/deployments/${sub}/rg-ml/registry-reg1-abc` },
    ]);
  });

  it('puts an asset page under its kind\'s tab and names it as ARM does', () => {
    const sub = '00000000-0000-0000-0000-000000000001';
    expect(breadcrumbsForPath(`/registries/${sub}/rg-ml/reg/assets/models/credit-risk_v2`).slice(3)).toEqual([
      { label: 'Models', href: `/registries/${sub}/rg-ml/reg?tab=models` },
      { label: 'credit-risk_v2', href: `/registries/${sub}/rg-ml/reg/assets/models/credit-risk_v2` },
    ]);
  });

  it('names the asset search page after itself, whatever was searched', () => {
    // The query is in ?q=, which usePathname leaves out: the trail is the same before and after a search.
    expect(breadcrumbsForPath('/assets/search')).toEqual([
      { label: 'Registry Hub', href: '/' },
      { label: 'Search assets', href: '/assets/search' },
    ]);
  });

  it('shows only the product for paths outside a hub, and survives malformed escapes', () => {
    expect(breadcrumbsForPath('/nowhere')).toEqual([{ label: 'Registry Hub', href: '/' }]);
    expect(breadcrumbsForPath('/registries/s/rg/%E0%A4%A')[2].label).toBe('%E0%A4%A');
  });
});
