'use client';
// "Skip to content": the first focusable element, visible only when focused (WCAG 2.4.1 Bypass Blocks).
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: tokens.spacingVerticalS },
  },
});

/** The skip link; `targetId` is the id of the main content element. */
export function SkipLink({ targetId }: { targetId: string }) {
  const styles = useStyles();
  return (
    <a className={styles.link} href={`#${targetId}`}>
      Skip to content
    </a>
  );
}
