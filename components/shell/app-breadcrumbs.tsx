'use client';
// Breadcrumbs for the current path (Registry Hub › Registries › …). Earlier crumbs are links; the last one is
// the current page, shown as text with aria-current (a button there would be a tab stop that does nothing).
import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem, makeStyles, tokens } from '@fluentui/react-components';
import { usePathname } from 'next/navigation';
import { Fragment } from 'react';
import { breadcrumbsForPath } from './breadcrumbs-for-path';
import { useClientNavigation } from './use-client-navigation';

const useStyles = makeStyles({
  // Lined up with BreadcrumbButton's small size, in the weight Fluent gives a current crumb.
  current: {
    padding: `0 ${tokens.spacingHorizontalSNudge}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  item: { minWidth: 0 },
  root: { minWidth: 0, overflow: 'hidden' },
});

/** The breadcrumb trail of the page being shown. */
export function AppBreadcrumbs() {
  const styles = useStyles();
  const crumbs = breadcrumbsForPath(usePathname());
  const navigate = useClientNavigation();
  return (
    <Breadcrumb aria-label="Breadcrumb" size="small" className={styles.root}>
      {crumbs.map((crumb, index) => {
        const current = index === crumbs.length - 1;
        return (
          <Fragment key={crumb.href}>
            {index > 0 && <BreadcrumbDivider />}
            <BreadcrumbItem className={current ? styles.item : undefined}>
              {current ? (
                <span aria-current="page" className={styles.current}>
                  {crumb.label}
                </span>
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
