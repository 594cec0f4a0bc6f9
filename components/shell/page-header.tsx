'use client';
// A page's title row: the one <h1> of the page, an optional description, and room for actions at the end.
// When the actions no longer fit beside the title (phones), they wrap onto their own row below it instead of
// squeezing the title into a narrow column or pushing the page wider than the screen.
import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flex: '1 1 320px', minWidth: 0 },
  // Registry and deployment names are long unbroken words: let them break rather than overflow.
  title: { overflowWrap: 'anywhere' },
  description: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
});

/** Title (as the page's h1), description and actions of a page. */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.text}>
        <Title2 as="h1" className={styles.title}>
          {title}
        </Title2>
        {description && <Body1 className={styles.description}>{description}</Body1>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
