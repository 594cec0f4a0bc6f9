'use client';
// While the preference is "system" the server cannot know the OS scheme, so it renders the light theme and
// these rules re-point Fluent's CSS variables with a media query: the first paint already follows the OS,
// with no inline script. Selectors outrank FluentProvider's single-class rule; `[class*=…]` also reaches
// portals, whose mount nodes carry the provider's generated `fui-FluentProvider…` class.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

const PROVIDER_SELECTOR = 'html[data-theme-preference="system"] [class*="fui-FluentProvider"]';

// Only tokens whose values differ between the two themes need overriding.
function variablesOf(theme: Theme, other: Theme): string {
  return (Object.keys(theme) as (keyof Theme)[])
    .filter((token) => theme[token] !== other[token])
    .map((token) => `--${token}:${theme[token]};`)
    .join('');
}

/**
 * The CSS rules that make "system" follow `prefers-color-scheme` before React knows it. Already in the form
 * Griffel stores static rules (one string per rule): consoleRenderer inserts them itself, where makeStaticStyles
 * would run this 10 KB text through its CSS compiler on every server render.
 */
export const SYSTEM_THEME_RULES: readonly string[] = [
  `@media (prefers-color-scheme: dark){${PROVIDER_SELECTOR}{${variablesOf(webDarkTheme, webLightTheme)}}}`,
  `@media (prefers-color-scheme: light){${PROVIDER_SELECTOR}{${variablesOf(webLightTheme, webDarkTheme)}}}`,
];
