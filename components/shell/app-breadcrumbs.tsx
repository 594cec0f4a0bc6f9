'use client';
// Breadcrumbs for the current path (Registry Hub › Registries › …); the last crumb is the current page.
import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem } from '@fluentui/react-components';
import { usePathname } from 'next/navigation';
import { Fragment } from 'react';
import { breadcrumbsForPath } from './breadcrumbs-for-path';
import { useClientNavigation } from './use-client-navigation';

/** The breadcrumb trail of the page being shown. */
export function AppBreadcrumbs() {
  const crumbs = breadcrumbsForPath(usePathname());
  const navigate = useClientNavigation();
  return (
    <Breadcrumb aria-label="Breadcrumb" size="small">
      {crumbs.map((crumb, index) => {
        const current = index === crumbs.length - 1;
        return (
          <Fragment key={crumb.href}>
            {index > 0 && <BreadcrumbDivider />}
            <BreadcrumbItem>
              {current ? (
                <BreadcrumbButton current>{crumb.label}</BreadcrumbButton>
              ) : (
                <BreadcrumbButton href={crumb.href} onClick={navigate}>
                  {crumb.label}
                </BreadcrumbButton>
              )}
            </BreadcrumbItem>
          </Fragment>
        );
      })}
    </Breadcrumb>
  );
}
