// The server's Griffel renderer must hand a page exactly the <style> elements Griffel's own would: the browser
// rehydrates its cache from their attributes and rules, and the order of buckets, media queries and priorities
// decides which rule wins. These tests render Fluent components whose styles use every kind of bucket entry
// (resets, shorthands' priorities, :hover and :focus, @media, keyframes) both ways, in one flush and in two.
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  Badge,
  Button,
  createDOMRenderer,
  Divider,
  Field,
  FluentProvider,
  Input,
  Link,
  ProgressBar,
  RendererProvider,
  renderToStyleElements,
  SearchBox,
  Skeleton,
  SkeletonItem,
  Spinner,
  SSRProvider,
  Switch,
  Text,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { consoleRenderer } from './console-renderer';
import { serverStyleRenderer } from './server-style-renderer';

const NONCE = { nonce: 'abc123' };

function firstPart(): ReactNode {
  return createElement(
    'header',
    null,
    createElement(Text, { weight: 'semibold', size: 500 }, 'Registries'),
    createElement(Button, { appearance: 'primary' }, 'Create'),
    createElement(Button, { appearance: 'subtle', size: 'small' }, 'Refresh'),
    createElement(SearchBox, { placeholder: 'Search' }),
    createElement(Link, { href: '/registries' }, 'contoso'),
  );
}

function secondPart(): ReactNode {
  return createElement(
    'main',
    null,
    createElement(Badge, { appearance: 'tint', color: 'success' }, 'Ready'),
    createElement(Badge, { appearance: 'filled', color: 'danger' }, 'Failed'),
    createElement(Field, { label: 'Name', validationMessage: 'Required' }, createElement(Input, { defaultValue: 'contoso' })),
    createElement(Spinner, { size: 'tiny', label: 'Checking' }),
    createElement(ProgressBar, { value: 0.4 }),
    createElement(Switch, { label: 'Public network access' }),
    createElement(Divider, null, 'or'),
    createElement(Skeleton, null, createElement(SkeletonItem, { size: 16 })),
    createElement(Button, { appearance: 'primary' }, 'Create again'),
  );
}

function render(renderer: GriffelRenderer, content: ReactNode): string {
  const children = createElement(SSRProvider, null, createElement(FluentProvider, { theme: {} }, content));
  // Its props type wants children among them; createElement passes them after.
  return renderToString(createElement(RendererProvider, { renderer } as ComponentProps<typeof RendererProvider>, children));
}

/** The <style> elements of what was rendered since the last call, as fluent-root.tsx takes them per flush. */
function takeStyles(renderer: GriffelRenderer): string {
  const html = renderToStaticMarkup(createElement('div', null, renderToStyleElements(renderer)));
  for (const key of Object.keys(renderer.stylesheets)) delete renderer.stylesheets[key];
  return html;
}

describe("the server's style renderer", () => {
  it("gives a page Griffel's own style elements, attributes and order included", () => {
    const griffel = createDOMRenderer(undefined, { styleElementAttributes: NONCE });
    const ours = serverStyleRenderer(NONCE);
    const page = createElement('div', null, firstPart(), secondPart());
    expect(render(ours, page)).toBe(render(griffel, page));
    const expected = takeStyles(griffel);
    expect(expected).toContain('media="(forced-colors: active)"');
    expect(expected).toContain('data-priority="-1"');
    expect(expected).toContain('@keyframes');
    expect(expected).toContain('data-make-styles-bucket="r"');
    expect(takeStyles(ours)).toBe(expected);
  });

  it("sends each rule once across a page's flushes, as Griffel's does", () => {
    const griffel = createDOMRenderer(undefined, { styleElementAttributes: NONCE });
    const ours = serverStyleRenderer(NONCE);
    render(griffel, firstPart());
    render(ours, firstPart());
    expect(takeStyles(ours)).toBe(takeStyles(griffel));
    render(griffel, secondPart());
    render(ours, secondPart());
    const secondFlush = takeStyles(griffel);
    // The second part's Button rules went out with the first flush.
    expect(secondFlush).not.toContain('fui-Button');
    expect(takeStyles(ours)).toBe(secondFlush);
    expect(takeStyles(ours)).toBe('<div></div>');
  });

  it('is the one a server render gets', () => {
    const renderer = consoleRenderer('n');
    render(renderer, firstPart());
    expect(renderer.id).toMatch(/^server-\d+$/);
    expect(takeStyles(renderer)).toContain('nonce="n"');
  });
});
