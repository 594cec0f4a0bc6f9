'use client';
// The Registries hub's header: the title with the tenant-wide asset search beside it (below it on a phone),
// then the list's description on a row of its own. Beside the search box the description was squeezed into
// what the box left over, and at a tablet's width it wrapped, one word on its second line.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/shell/page-header';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  description: { color: tokens.colorNeutralForeground2 },
});

/** Title (h1), `search` beside it, and the description of the list below both. */
export function RegistriesHeader({ search }: { search?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PageHeader title="Registries" actions={search} />
      <Body1 className={styles.description}>Azure Machine Learning registries in every subscription you can read.</Body1>
    </div>
  );
}
