'use client';
// Fluent UI with server-side style insertion: Griffel collects the CSS rules each server render produces and
// Next streams them as <style> elements ahead of the markup, so the first paint is already styled. On the
// client, RendererProvider rehydrates its cache from those elements instead of inserting the rules again.
import {
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webDarkTheme,
  webLightTheme,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { cloneElement, useInsertionEffect, useState, type ReactElement, type ReactNode } from 'react';
import { useThemePreference } from '@/components/theme/theme-context';
import { consoleRenderer, insertSystemThemeRules } from './console-renderer';
import { useFluentRootStyles } from './fluent-root.styles';

// Each flush must carry only the rules found since the previous one (Next calls the callback once per
// flush): dropping the emitted stylesheets, but not the insertion cache, means a rule is never sent twice.
// Griffel's renderToStyleElements has no nonce option yet: the elements get this request's CSP nonce here.
function takeStyleElements(renderer: GriffelRenderer, nonce: string | undefined): ReactNode {
  const elements = renderToStyleElements(renderer).map((element) => cloneElement(element as ReactElement<{ nonce?: string }>, { nonce }));
  for (const key of Object.keys(renderer.stylesheets)) delete renderer.stylesheets[key];
  return elements.length > 0 ? <>{elements}</> : null;
}

function ThemedProvider({ children }: { children: ReactNode }) {
  const { resolved } = useThemePreference();
  const styles = useFluentRootStyles();
  return (
    <FluentProvider theme={resolved === 'dark' ? webDarkTheme : webLightTheme}>
      {/* Sized here, not on FluentProvider: portals inherit the provider's classes and would cover the page. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}

/** Fluent's renderer, SSR style insertion (with the CSP nonce) and themed FluentProvider around the whole console. */
export function FluentRoot({ nonce, children }: { nonce?: string; children: ReactNode }) {
  // Style elements Griffel creates in the browser carry the nonce too (the CSP's style-src-elem).
  const [renderer] = useState(() => consoleRenderer(nonce));
  useServerInsertedHTML(() => takeStyleElements(renderer, nonce));
  useInsertionEffect(() => void insertSystemThemeRules(renderer), [renderer]);
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <ThemedProvider>{children}</ThemedProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
