// The pages the responsive, hydration and accessibility specs visit: the list, the wizard's first step, the
// seeded registry's Models tab, one of its models and its model publish page, the asset search, a registry
// page and a deployment's progress page. The last two need data: each spec file makes its own registry and
// deployment through ARM, as the other specs do.
import type { APIRequestContext } from '@playwright/test';
import { registryBundle, startDeployment, uniqueName } from '../deployment-progress/support';
import { createTestRegistry, TEST_SUBSCRIPTION } from '../registry-page/registry-fixture';

// The seeded registry holding every kind of asset (read only here).
const ASSETS_REGISTRY = `/registries/${TEST_SUBSCRIPTION.id}/rg-ml-prod/contoso-prod-registry`;

/** A page to visit and the heading that says it has rendered. */
export interface PageUnderTest {
  name: string;
  path: string;
  heading: string | RegExp;
}

/** Viewports the console must fit: a phone, a tablet (portrait) and a laptop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1440, height: 900 },
} as const;

/** The list and the wizard: there from the seed, nothing to create. */
export const SEEDED_PAGES: PageUnderTest[] = [
  { name: 'registries list', path: '/registries', heading: 'Registries' },
  { name: 'create wizard (Basics)', path: '/registries/create', heading: 'Create a registry' },
  { name: 'registry page (Models tab)', path: `${ASSETS_REGISTRY}?tab=models`, heading: 'contoso-prod-registry' },
  { name: 'asset page (model)', path: `${ASSETS_REGISTRY}/assets/models/credit-risk-classifier`, heading: 'credit-risk-classifier' },
  { name: 'publish page (model)', path: `${ASSETS_REGISTRY}/publish/models`, heading: 'Publish a model' },
  { name: 'asset search', path: '/assets/search?q=credit', heading: 'Search assets' },
];

/** A fresh registry's page (Overview tab) and a fresh deployment's progress page. */
export async function createdPages(request: APIRequestContext, prefix: string): Promise<PageUnderTest[]> {
  const registry = await createTestRegistry(request, { prefix, regions: ['eastus', 'westeurope'], tags: { team: 'layout' } });
  const deployment = await startDeployment(request, registryBundle(uniqueName(prefix.replace(/-/g, '')), ['eastus']));
  return [
    { name: 'registry page (Overview)', path: registry.path, heading: registry.name },
    { name: 'deployment progress', path: deployment.path, heading: deployment.deploymentName },
  ];
}
