// patches/ changes how React's HTML stream inside Next's App Router runtime (the one a Turbopack build loads)
// writes a page: what a flush produces is gathered in one string and encoded once, where each of a page's
// thousands of pieces was encoded into a 4 KB buffer on its own. That pending string is shared by every render
// in the process, as React's buffer was. It also stops React from outlining a Suspense boundary only because its
// content is over 500 bytes: React then rendered the boundary's fallback as well, and sent the content apart
// with a script to swap it in. These tests drive that runtime's renderer as Next does (node streams, pages
// suspending, many at a time) and require each page's bytes to be exactly its own.
import { createRequire } from 'node:module';
import { AsyncLocalStorage } from 'node:async_hooks';
import { PassThrough } from 'node:stream';
import type * as ReactModule from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// Next's server sets this global before it loads the runtime (node-environment.ts).
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const runtime = createRequire(import.meta.url)('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js') as {
  vendored: {
    'react-ssr': {
      React: typeof ReactModule;
      ReactDOMServer: {
        renderToPipeableStream: (node: ReactModule.ReactNode, options?: object) => { pipe: (destination: NodeJS.WritableStream) => void };
      };
    };
  };
};
const { React, ReactDOMServer } = runtime.vendored['react-ssr'];
const h = React.createElement;

// Text a browser must get byte for byte: two- three- and four-byte UTF-8, and a long run that React writes apart.
const WORDS = ['Zoë', 'Ångström', '東京リージョン', '😀🚀', 'plain ascii', 'x'.repeat(2_000), '<&>"\''];

function rows(id: string, count: number): ReactModule.ReactNode {
  return Array.from({ length: count }, (_, row) =>
    h(
      'tr',
      { key: row, 'data-page': id },
      WORDS.map((word, cell) => h('td', { key: cell, className: `c${cell}` }, `${id}:${row}:${word}`)),
    ),
  );
}

/** The bytes of one page and the number of writes they came in. */
async function stream(node: ReactModule.ReactNode): Promise<{ html: string; writes: number }> {
  const destination = new PassThrough();
  const chunks: Buffer[] = [];
  let writes = 0;
  destination.on('data', (chunk: Buffer) => {
    writes++;
    chunks.push(chunk);
  });
  const ended = new Promise<void>((resolve, reject) => {
    destination.on('end', resolve);
    destination.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    const pipeable = ReactDOMServer.renderToPipeableStream(node, {
      onAllReady: () => {
        pipeable.pipe(destination);
        resolve();
      },
      onShellError: reject,
    });
  });
  await ended;
  return { html: Buffer.concat(chunks).toString('utf8'), writes };
}

/** Streams `node` as soon as its shell is ready, so what suspends arrives in later flushes. */
async function streamEarly(node: ReactModule.ReactNode): Promise<string> {
  const destination = new PassThrough();
  const chunks: Buffer[] = [];
  destination.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => destination.on('end', resolve));
  const pipeable = ReactDOMServer.renderToPipeableStream(node, { onShellReady: () => pipeable.pipe(destination) });
  await ended;
  return Buffer.concat(chunks).toString('utf8');
}

function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

function Late({ text }: { text: Promise<string> }): ReactModule.ReactNode {
  return h('p', { className: 'late' }, React.use(text));
}

function suspendingPage(id: string, text: Promise<string>): ReactModule.ReactNode {
  return h(
    'main',
    { id },
    h('table', null, h('tbody', null, rows(id, 3))),
    h(React.Suspense, { fallback: h('p', null, `${id} loading…`) }, h(Late, { text })),
  );
}

describe("the HTML stream of Next's App Router runtime", () => {
  it("writes a page's bytes exactly as React renders them, multi-byte text included", async () => {
    const page = h('table', null, h('tbody', null, rows('a', 50)));
    const { html } = await stream(page);
    // React's own string renderer (the app's react-dom, which the patch leaves alone) is the reference.
    expect(html).toBe(renderToString(page));
    expect(html).toContain('a:39:東京リージョン');
    expect(html).toContain('a:0:😀🚀');
  });

  it('hands a flush to the response as one write, not one per 4 KB', async () => {
    const page = h('table', null, h('tbody', null, rows('a', 50)));
    const { html, writes } = await stream(page);
    expect(Buffer.byteLength(html)).toBeGreaterThan(100_000);
    expect(writes).toBeLessThanOrEqual(2);
  });

  it("keeps every page's bytes its own while many render and suspend at once", async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `page${index}`);
    const alone = new Map<string, string>();
    for (const id of ids) {
      const late = deferred();
      const html = streamEarly(suspendingPage(id, late.promise));
      setImmediate(() => late.resolve(`${id} arrived Zoë 😀`));
      alone.set(id, await html);
    }

    const lates = ids.map(() => deferred());
    const together = ids.map((id, index) => streamEarly(suspendingPage(id, lates[index].promise)));
    // Resolve out of order, each on its own turn of the event loop, so flushes of different pages interleave.
    const order = ids.map((_, index) => (index * 5) % ids.length);
    for (const index of order) {
      await new Promise((resolve) => setImmediate(resolve));
      lates[index].resolve(`${ids[index]} arrived Zoë 😀`);
    }
    const pages = await Promise.all(together);

    pages.forEach((html, index) => {
      expect(html).toBe(alone.get(ids[index]));
      expect(html).toContain(`${ids[index]} arrived Zoë 😀`);
    });
  });
});

// A Fluent button is over 500 bytes of HTML. The header's menus and the list's toolbar keep each one's stand-in
// in a Suspense boundary (for the code they load on first use), so React 19.2 rendered every stand-in twice.
function Sized({ label, renders }: { label: string; renders: string[] }): ReactModule.ReactNode {
  renders.push(label);
  return h('button', { type: 'button', className: 'fui-Button '.repeat(60) }, label);
}

describe('Suspense boundaries in that runtime', () => {
  it('renders a large boundary whose content is ready once, in place, without its fallback', async () => {
    const renders: string[] = [];
    const page = h('main', null, h(React.Suspense, { fallback: h(Sized, { label: 'fallback', renders }) }, h(Sized, { label: 'content', renders })));
    const html = await streamEarly(page);
    expect(renders).toEqual(['content']);
    expect(html).not.toContain('<template');
    expect(html).toContain('>content</button>');
  });

  it('still streams the fallback of a boundary that waits, then its content', async () => {
    const late = deferred();
    const html = streamEarly(suspendingPage('w', late.promise));
    setImmediate(() => late.resolve('w arrived'));
    const text = await html;
    expect(text.indexOf('w loading…')).toBeGreaterThan(-1);
    expect(text.indexOf('w arrived')).toBeGreaterThan(text.indexOf('w loading…'));
    expect(text).toContain('<template');
  });
});
