// Plain icons (plain-icons.tsx) stand in for Fluent icon components where a page repeats them: each must render
// exactly the markup of its Fluent icon, so a page looks the same and follows Fluent when a release redraws one.
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createDOMRenderer, FluentProvider, RendererProvider, SearchBox, SSRProvider } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { FLUENT_ICON_OF_PLAIN } from './fluent-icon-of-plain';
import { plainIcon, PLAIN_ICON_PATHS, usePlainIconClassName, type PlainIconName } from './plain-icons';

function serverHtml(element: ReactNode): string {
  const children = createElement(SSRProvider, null, createElement(FluentProvider, { theme: {} }, element));
  // Its props type wants children among them; createElement passes them after.
  return renderToString(createElement(RendererProvider, { renderer: createDOMRenderer(undefined) } as ComponentProps<typeof RendererProvider>, children));
}

function PlainIcon({ name }: { name: PlainIconName }) {
  return plainIcon(name, usePlainIconClassName());
}

describe('plain icons', () => {
  it('cover exactly the icons listed', () => {
    expect(Object.keys(PLAIN_ICON_PATHS).sort()).toEqual(Object.keys(FLUENT_ICON_OF_PLAIN).sort());
  });

  for (const [name, FluentIcon] of Object.entries(FLUENT_ICON_OF_PLAIN)) {
    it(`draw ${name} as Fluent's ${FluentIcon.displayName} does`, () => {
      const plain = serverHtml(createElement(PlainIcon, { name: name as PlainIconName }));
      expect(plain).toContain(`<path d="${PLAIN_ICON_PATHS[name as PlainIconName]}"`);
      expect(plain).toBe(serverHtml(createElement(FluentIcon)));
    });
  }

  it("in a SearchBox's slots, give the markup of SearchBox's own icons", () => {
    function PlainSearchBox() {
      const icon = usePlainIconClassName();
      return createElement(SearchBox, { contentBefore: plainIcon('search', icon), dismiss: { children: plainIcon('dismiss', icon) } });
    }
    expect(serverHtml(createElement(PlainSearchBox))).toBe(serverHtml(createElement(SearchBox)));
  });

  it('are made once per icon and class, then shared', () => {
    expect(plainIcon('arrowSort', 'a b')).toBe(plainIcon('arrowSort', 'a b'));
    expect(plainIcon('arrowSort', 'a b')).not.toBe(plainIcon('arrowUp', 'a b'));
  });
});
