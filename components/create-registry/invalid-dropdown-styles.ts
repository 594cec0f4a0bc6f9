// A Dropdown in error keeps its red border while focused or hovered. Fluent draws it only
// `:not(:focus-within)`, and Next focuses the first field in error, so Subscription's error showed no border.
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/** `invalid`: the class to merge onto a Dropdown whose Field has an error. */
export const useInvalidDropdownStyles = makeStyles({
  invalid: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    ':hover': shorthands.borderColor(tokens.colorPaletteRedBorder2),
    ':focus-within': shorthands.borderColor(tokens.colorPaletteRedBorder2),
  },
});
