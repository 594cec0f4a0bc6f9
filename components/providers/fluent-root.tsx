'use client';
// Fluent UI with server-side style insertion: Griffel collects the CSS rules each server render produces and
// Next streams them as <style> elements ahead of the markup, so the first paint is already styled. On the
// client, RendererProvider rehydrates its cache from those elements instead of inserting the rules again.
// The theme's tokens are not Griffel's: they come from the cached stylesheet app/fluent-theme.css, keyed on
// <html data-theme-preference>, so FluentProvider is given no theme to inline into every page.
import {
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  type GriffelRenderer,
  type PartialTheme,
} from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { cloneElement, useState, type ReactElement, type ReactNode } from 'react';
import { consoleRenderer } from './console-renderer';
import { useFluentRootStyles } from './fluent-root.styles';

// Each flush must carry only the rules found since the previous one (Next calls the callback once per
// flush): dropping the emitted stylesheets, but not the insertion cache, means a rule is never sent twice.
// Griffel's renderToStyleElements has no nonce option yet: the elements get this request's CSP nonce here.
function takeStyleElements(renderer: GriffelRenderer, nonce: string | undefined): ReactNode {
  const elements = renderToStyleElements(renderer).map((element) => cloneElement(element as ReactElement<{ nonce?: string }>, { nonce }));
  for (const key of Object.keys(renderer.stylesheets)) delete renderer.stylesheets[key];
  // null, not an empty fragment: Next (as patched in patches/) then skips rendering this flush's inserted HTML.
  return elements.length > 0 ? <>{elements}</> : null;
}

// Empty rather than absent: with no theme at all FluentProvider warns in development that one is missing.
const TOKENS_FROM_STYLESHEET: PartialTheme = {};

function ThemedProvider({ children }: { children: ReactNode }) {
  const styles = useFluentRootStyles();
  return (
    <FluentProvider theme={TOKENS_FROM_STYLESHEET}>
      {/* Sized here, not on FluentProvider: portals inherit the provider's classes and would cover the page. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}

/** Fluent's renderer, SSR style insertion (with the CSP nonce) and FluentProvider around the whole console. */
export function FluentRoot({ nonce, children }: { nonce?: string; children: ReactNode }) {
  // Style elements Griffel creates in the browser carry the nonce too (the CSP's style-src-elem).
  const [renderer] = useState(() => consoleRenderer(nonce));
  useServerInsertedHTML(() => takeStyleElements(renderer, nonce));
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <ThemedProvider>{children}</ThemedProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
