'use client';
// Fluent UI with server-side style insertion: Griffel collects the CSS rules each server render produces and
// Next streams them as <style> elements ahead of the markup, so the first paint is already styled. On the
// client, RendererProvider rehydrates its cache from those elements instead of inserting the rules again.
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webDarkTheme,
  webLightTheme,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useSystemThemeStyles } from '@/components/theme/system-theme-styles';
import { useThemePreference } from '@/components/theme/theme-context';
import { useFluentRootStyles } from './fluent-root.styles';

// Each flush must carry only the rules found since the previous one (Next calls the callback once per
// flush): dropping the emitted stylesheets, but not the insertion cache, means a rule is never sent twice.
function takeStyleElements(renderer: GriffelRenderer): ReactNode {
  const elements = renderToStyleElements(renderer);
  for (const key of Object.keys(renderer.stylesheets)) delete renderer.stylesheets[key];
  return elements.length > 0 ? <>{elements}</> : null;
}

function ThemedProvider({ children }: { children: ReactNode }) {
  const { resolved } = useThemePreference();
  const styles = useFluentRootStyles();
  return (
    <FluentProvider theme={resolved === 'dark' ? webDarkTheme : webLightTheme}>
      <SystemThemeStyles />
      {/* Sized here, not on FluentProvider: portals inherit the provider's classes and would cover the page. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}

function SystemThemeStyles() {
  useSystemThemeStyles();
  return null;
}

/** Fluent's renderer, SSR style insertion and themed FluentProvider around the whole console. */
export function FluentRoot({ children }: { children: ReactNode }) {
  const [renderer] = useState(() => createDOMRenderer());
  useServerInsertedHTML(() => takeStyleElements(renderer));
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <ThemedProvider>{children}</ThemedProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
