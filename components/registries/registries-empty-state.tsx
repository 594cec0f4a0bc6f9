'use client';
// Shown when the principal can read no registry at all: says what a registry is for, so the page is not a dead end.
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { LibraryRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    textAlign: 'center',
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  text: { maxWidth: '60ch', color: tokens.colorNeutralForeground2 },
});

/** The empty state of the registries list. */
export function RegistriesEmptyState() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="registries-empty-title">
      <LibraryRegular className={styles.icon} aria-hidden />
      <Subtitle2 as="h2" id="registries-empty-title">
        No registries to show
      </Subtitle2>
      <Body1 className={styles.text}>
        An Azure Machine Learning registry shares models, environments, components and data across the workspaces of
        your organization, in every region you choose. None exists yet in the subscriptions you can read, or your
        account has no role that allows reading them.
      </Body1>
    </section>
  );
}
