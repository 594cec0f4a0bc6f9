// The list's status badges are Fluent's Badge markup with classes worked out once per colour
// (registry-status-badge.tsx). Each status must render exactly the HTML <Badge appearance="tint"> renders for
// it, so the list looks as it did with a Badge per row, and follows Badge when a Fluent release changes it.
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Badge, createDOMRenderer, FluentProvider, RendererProvider, SSRProvider } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { FLUENT_ICON_OF_PLAIN } from '@/components/icons/fluent-icon-of-plain';
import type { RegistryStatus } from '@/lib/registries/status';
import { RegistryStatusBadge, STATUS_APPEARANCE, useStatusClassNames } from './registry-status-badge';

function serverHtml(element: ReactNode): string {
  const children = createElement(SSRProvider, null, createElement(FluentProvider, { theme: {} }, element));
  // Its props type wants children among them; createElement passes them after.
  return renderToString(createElement(RendererProvider, { renderer: createDOMRenderer(undefined) } as ComponentProps<typeof RendererProvider>, children));
}

function ListBadge({ status }: { status: RegistryStatus | null }) {
  return createElement(RegistryStatusBadge, { status, classNames: useStatusClassNames() });
}

describe('the list status badge', () => {
  for (const [status, { color, icon }] of Object.entries(STATUS_APPEARANCE)) {
    it(`renders ${status} as Fluent's tint Badge does`, () => {
      const listed = serverHtml(createElement(ListBadge, { status: status as RegistryStatus }));
      expect(listed).toContain(`>${status}</div>`);
      // The badge Fluent would render, with the Fluent icon the list draws as a plain one.
      const fluentIcon = createElement(FLUENT_ICON_OF_PLAIN[icon]);
      expect(listed).toBe(serverHtml(createElement(Badge, { appearance: 'tint', color, icon: fluentIcon }, status)));
    });
  }

  it('says Checking… until the status is read', () => {
    expect(serverHtml(createElement(ListBadge, { status: null }))).toMatch(/<span class="[^"]+">Checking…<\/span>/);
  });
});
