'use client';
// A toast that outlives the page that raised it: after a delete the registry page navigates to the list,
// unmounting everything it rendered, so the toast lives in a small React root of its own on <body>
// (created once, themed like the console). No shell-level Toaster with a known id exists to dispatch to.
import {
  FluentProvider,
  RendererProvider,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useToastController,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { existingBrowserRenderer } from '@/components/providers/console-renderer';

/** What the toast says. */
export interface NavigationToast {
  title: string;
  body: string;
  intent: 'success' | 'error' | 'info';
  theme: 'light' | 'dark';
}

const TOASTER_ID = 'registry-page-navigation-toaster';
let root: Root | null = null;
let counter = 0;

function Host({ toast }: { toast: NavigationToast & { key: number } }) {
  const { dispatchToast } = useToastController(TOASTER_ID);
  useEffect(() => {
    dispatchToast(
      <Toast>
        <ToastTitle>{toast.title}</ToastTitle>
        <ToastBody>{toast.body}</ToastBody>
      </Toast>,
      { intent: toast.intent, timeout: 8000 },
    );
  }, [toast, dispatchToast]);
  return null;
}

/** Shows `toast` at the top of the window, surviving client-side navigation. */
export function showNavigationToast(toast: NavigationToast): void {
  if (!root) {
    const container = document.createElement('div');
    container.dataset.registryPageToasts = 'true';
    document.body.appendChild(container);
    root = createRoot(container);
  }
  counter += 1;
  const content = (
    <FluentProvider theme={toast.theme === 'dark' ? webDarkTheme : webLightTheme} style={{ background: 'transparent' }}>
      <Toaster toasterId={TOASTER_ID} position="top" />
      <Host toast={{ ...toast, key: counter }} />
    </FluentProvider>
  );
  // The page's renderer: its style elements carry the CSP nonce (components/providers/console-renderer.ts).
  const renderer = existingBrowserRenderer();
  root.render(renderer ? <RendererProvider renderer={renderer}>{content}</RendererProvider> : content);
}
