'use client';
// Fluent's Dropdown (its listbox, active-descendant keyboard model and @floating-ui positioning) is one of
// the larger parts of a page's first download, and a filter is opened on few visits. DeferredDropdown shows
// a stand-in with the Dropdown's look, role, name and value until the person first activates it (a click,
// Enter, Space or an arrow key, as Dropdown opens on); then the real Dropdown (loaded-dropdown.tsx) is
// downloaded and mounted open with focus on it, and owns the control from then on. Pointing at or focusing the
// stand-in starts the download early, so the swap is usually instant. Inside a Field, the stand-in takes the
// Field's label, hint and validation state as Dropdown would.
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles, useFieldControlProps_unstable } from '@fluentui/react-components';
import { lazy, startTransition, Suspense, useState, type KeyboardEvent } from 'react';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';
import type { LoadedDropdownProps } from './loaded-dropdown';

const importLoaded = () => import('./loaded-dropdown');
const LoadedDropdown = lazy(() => importLoaded().then((m) => ({ default: m.LoadedDropdown })));

// Fluent's outline, medium Dropdown (react-combobox's useDropdownStyles), for the stand-in only.
const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'inline-flex',
    boxSizing: 'border-box',
    minWidth: '250px',
    verticalAlign: 'middle',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ':focus-within': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: 'transparent',
    },
    '::after': {
      content: '""',
      position: 'absolute',
      boxSizing: 'border-box',
      left: '-1px',
      right: '-1px',
      bottom: '-1px',
      height: `max(${tokens.strokeWidthThick}, ${tokens.borderRadiusMedium})`,
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: 'inset(calc(100% - 2px) 0 0 0)',
      transform: 'scaleX(0)',
    },
    ':focus-within::after': { transform: 'scaleX(1)' },
  },
  button: {
    ...typographyStyles.body1,
    display: 'grid',
    gridTemplateColumns: '[content] 1fr [icon] auto [end]',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXXS,
    boxSizing: 'border-box',
    width: '100%',
    padding: `5px ${tokens.spacingHorizontalMNudge} 5px calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    border: 'none',
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    cursor: 'pointer',
    ':focus': { outlineStyle: 'none' },
  },
  placeholder: { color: tokens.colorNeutralForeground4 },
  disabled: { cursor: 'not-allowed', backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled) },
  disabledText: { color: tokens.colorNeutralForegroundDisabled, cursor: 'not-allowed' },
  icon: {
    display: 'block',
    boxSizing: 'border-box',
    gridColumnStart: 'icon',
    gridColumnEnd: 'end',
    marginLeft: tokens.spacingHorizontalXXS,
    fontSize: '20px',
    color: tokens.colorNeutralStrokeAccessible,
    '& svg': { display: 'block' },
  },
});

// Keys that open a closed Dropdown besides Enter and Space, which reach the button as a click.
const OPENING_KEYS = new Set(['ArrowDown', 'ArrowUp']);

/** A Dropdown of plain-text options, downloaded when first activated. */
export function DeferredDropdown(props: LoadedDropdownProps) {
  const styles = useStyles();
  const chevron = plainIcon('chevronDown', usePlainIconClassName());
  const [activated, setActivated] = useState(false);
  const activate = () => startTransition(() => setActivated(true));
  const prefetch = () => void importLoaded();
  const { className, placeholder, value, disabled } = props;
  // A surrounding Field's id (its label's `for`), description and validity, as Dropdown takes them.
  const fieldProps = useFieldControlProps_unstable({}, { supportsLabelFor: true });
  const standIn = (
    <div className={mergeClasses(styles.root, disabled && styles.disabled, className)} onPointerEnter={prefetch}>
      <button
        type="button"
        // Collapsed, there is no listbox to control yet: Fluent's closed Dropdown has no aria-controls either.
        // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
        role="combobox"
        aria-expanded={false}
        aria-label={props['aria-label']}
        {...fieldProps}
        disabled={disabled}
        className={mergeClasses(styles.button, !value && styles.placeholder, disabled && styles.disabledText)}
        onFocus={prefetch}
        onClick={activate}
        onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
          if (!OPENING_KEYS.has(event.key)) return;
          event.preventDefault();
          activate();
        }}
      >
        {value || placeholder}
        <span className={styles.icon} aria-hidden>
          {chevron}
        </span>
      </button>
    </div>
  );
  return <Suspense fallback={standIn}>{activated ? <LoadedDropdown {...props} /> : standIn}</Suspense>;
}
