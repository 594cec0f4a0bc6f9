'use client';
// The browser's one Griffel renderer, created with the page's CSP nonce so every <style> element it adds is
// allowed. FluentRoot makes it during hydration; React roots of their own (navigation-toast.tsx) must render
// through it too, or Griffel's default renderer would add style elements without the nonce.
import { createDOMRenderer, type GriffelRenderer } from '@fluentui/react-components';
import { serverStyleRenderer } from './server-style-renderer';

let browserRenderer: GriffelRenderer | undefined;

/** A renderer for this render: a fresh one per server request, the page's single one in the browser. */
export function consoleRenderer(nonce: string | undefined): GriffelRenderer {
  const options = { styleElementAttributes: nonce ? { nonce } : undefined };
  // The server renders many requests (each with its own nonce and rules): never share a renderer there.
  if (typeof document === 'undefined') return serverStyleRenderer(options.styleElementAttributes);
  browserRenderer ??= createDOMRenderer(document, options);
  return browserRenderer;
}

/** The page's renderer once FluentRoot has made it (it always has by the time anything can be clicked). */
export function existingBrowserRenderer(): GriffelRenderer | undefined {
  return browserRenderer;
}
