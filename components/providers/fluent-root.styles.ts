'use client';
// The app root fills the viewport with the theme's background (not the browser's canvas) around the shell.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Root styles of the themed provider. */
export const useFluentRootStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1 },
});
