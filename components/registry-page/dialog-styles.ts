// The layout the registry page's confirmation dialogs share: a column of content, an unbulleted-looking list
// of what goes away, and resource names in monospace (they are copied into the portal and the CLI).
import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a confirmation dialog's content. */
export const useConfirmDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});
