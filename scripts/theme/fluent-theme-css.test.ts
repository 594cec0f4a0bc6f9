import { readFileSync } from 'node:fs';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { FLUENT_THEME_CSS_PATH, fluentThemeCss } from './fluent-theme-css';

describe('app/fluent-theme.css', () => {
  it('is what the generator makes from the installed Fluent themes (regenerate after a Fluent upgrade)', () => {
    expect(readFileSync(FLUENT_THEME_CSS_PATH, 'utf8')).toBe(fluentThemeCss());
  });

  it('gives :root every light token and re-points the dark ones for "dark" and for "system" under a dark OS', () => {
    const css = fluentThemeCss();
    const [root, dark, system] = css.split(/\n(?=html|@media)/);
    expect(root).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`);
    expect(root).toContain(`--fontFamilyBase: ${webLightTheme.fontFamilyBase};`);
    expect(dark).toMatch(/^html\[data-theme-preference='dark'\] \{/);
    expect(dark).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`);
    expect(system).toMatch(/^@media \(prefers-color-scheme: dark\) \{\n {2}html\[data-theme-preference='system'\] \{/);
    expect(system).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`);
    // Tokens both themes share are not repeated: a light preference keeps them from :root.
    expect(dark).not.toContain('--fontFamilyBase');
  });
});
