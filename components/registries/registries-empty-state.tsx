'use client';
// Shown when the principal can read no registry at all: says what a registry is for, offers to create one (when the principal may), and
// says which roles make registries visible, so the page is not a dead end.
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { LibraryRegular } from '@fluentui/react-icons';
import { CreateRegistryButton } from './create-registry-button';

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
        your organization, in every region you choose.
      </Body1>
      <CreateRegistryButton />
      <Caption1 className={styles.text}>
        Can&apos;t see a registry? You need Reader or AzureML Registry User on it (or on its resource group or
        subscription).
      </Caption1>
    </section>
  );
}
