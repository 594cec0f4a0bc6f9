// Rewrites app/fluent-theme.css from the installed Fluent themes. Run after upgrading Fluent:
// `npx tsx scripts/theme/generate-fluent-theme-css.ts`. The output is committed, so a build needs no step of its own.
import { writeFileSync } from 'node:fs';
import { FLUENT_THEME_CSS_PATH, fluentThemeCss } from './fluent-theme-css';

writeFileSync(FLUENT_THEME_CSS_PATH, fluentThemeCss());
console.log(`wrote ${FLUENT_THEME_CSS_PATH}`);
