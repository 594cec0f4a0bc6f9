// The breadcrumb trail for a path, in the Studio hub's shape: Registry Hub › Registries › {registry} › …
// (and Registry Hub › Search assets for the tenant-wide asset search).

/** One step of the trail. */
export interface Crumb {
  label: string;
  href: string;
}

/** The product name, first crumb of every trail. */
export const PRODUCT_NAME = 'Registry Hub';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// "access-control" -> "Access control": later tabs of the registry page get a readable crumb for free.
function labelOf(segment: string): string {
  const words = segment.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Crumbs for a pathname; the last one is the current page. Unknown paths get the product crumb only. */
export function breadcrumbsForPath(pathname: string): Crumb[] {
  const crumbs: Crumb[] = [{ label: PRODUCT_NAME, href: '/' }];
  const segments = pathname.split('/').filter(Boolean);
  // /deployments/{subscriptionId}/{resourceGroup}/{name}: deployments belong to the Registries hub.
  if (segments[0] === 'deployments') {
    crumbs.push({ label: 'Registries', href: '/registries' });
    if (segments.length >= 4) crumbs.push({ label: `Deployment ${decodeSegment(segments[3])}`, href: `/${segments.slice(0, 4).join('/')}` });
    return crumbs;
  }
  // /assets/search: the tenant-wide asset search is a page of its own beside the Registries hub.
  if (segments[0] === 'assets' && segments[1] === 'search') {
    crumbs.push({ label: 'Search assets', href: '/assets/search' });
    return crumbs;
  }
  if (segments[0] !== 'registries') return crumbs;
  crumbs.push({ label: 'Registries', href: '/registries' });
  if (segments[1] === 'create') {
    crumbs.push({ label: 'Create registry', href: '/registries/create' });
    return crumbs;
  }
  // /registries/{subscriptionId}/{resourceGroup}/{name}: the registry is named by its last segment.
  if (segments.length < 4) return crumbs;
  const registryHref = `/${segments.slice(0, 4).join('/')}`;
  crumbs.push({ label: decodeSegment(segments[3]), href: registryHref });
  // …/assets/{kind}/{asset}: the asset under its kind's tab, named as ARM names it (not title-cased).
  if (segments[4] === 'assets' && segments.length >= 7) {
    crumbs.push({ label: labelOf(decodeSegment(segments[5])), href: `${registryHref}?tab=${encodeURIComponent(decodeSegment(segments[5]))}` });
    crumbs.push({ label: decodeSegment(segments[6]), href: `/${segments.slice(0, 7).join('/')}` });
    return crumbs;
  }
  segments.slice(4).forEach((segment, index) => {
    crumbs.push({ label: labelOf(decodeSegment(segment)), href: `${registryHref}/${segments.slice(4, 5 + index).join('/')}` });
  });
  return crumbs;
}
