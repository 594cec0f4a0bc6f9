// Keeps Fluent's focus manager (Tabster) away from server HTML that React has not hydrated yet.
//
// Why: Next streams a page's content after the shell; React holds it in a hidden segment, reveals it, then
// hydrates it. Tabster watches the whole document and, on seeing a server-rendered element with a
// `data-tabster` attribute (a TabList's arrow-key group, say), inserts focus sentinels (<i> elements) into
// it at once. When React then hydrates that element it finds nodes it did not render and throws #418,
// re-rendering the tree on the client (microsoft/fluentui#30094).
//
// How: Tabster accepts DOM functions from `window.__tabsterShadowDOMAPI` when Fluent creates it. The two it
// uses to discover elements (its MutationObserver and its tree walker) are wrapped so that an element with
// `data-tabster` that React has not hydrated yet is set aside and handed to Tabster, as if just added, once
// React has hydrated it. Once hydrated, everything behaves exactly as before.

const TABSTER_ATTRIBUTE = 'data-tabster';
const FIBER_KEY_PREFIX = '__reactFiber$';

type MutationHandler = (mutations: MutationRecord[]) => void;
type AddedRecord = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes' | 'attributeName'>;

let fiberKey: string | undefined;

// React marks each DOM node it hydrates with a `__reactFiber$<random>` property.
function isHydrated(element: Element): boolean {
  fiberKey ??= Object.keys(element).find((key) => key.startsWith(FIBER_KEY_PREFIX));
  if (fiberKey) return fiberKey in element;
  return Object.keys(element).some((key) => key.startsWith(FIBER_KEY_PREFIX));
}

/** True for an element Tabster would act on but React has not hydrated yet. */
export function isAwaitingHydration(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute(TABSTER_ATTRIBUTE) && !isHydrated(node as Element);
}

const waiting = new Set<Element>();
const handlers = new Set<MutationHandler>();
let polling = false;

function deliverHydrated(): void {
  const ready: Element[] = [];
  for (const element of waiting) {
    if (!element.isConnected) waiting.delete(element);
    else if (isHydrated(element)) {
      waiting.delete(element);
      ready.push(element);
    }
  }
  if (ready.length > 0) {
    const records = ready.map((element): AddedRecord => ({ type: 'childList', target: element.parentNode ?? element, addedNodes: [element] as unknown as NodeList, removedNodes: [] as unknown as NodeList, attributeName: null }));
    handlers.forEach((handler) => handler(records as MutationRecord[]));
  }
  if (waiting.size > 0) requestAnimationFrame(deliverHydrated);
  else polling = false;
}

function setAside(element: Element): void {
  waiting.add(element);
  if (!polling) {
    polling = true;
    requestAnimationFrame(deliverHydrated);
  }
}

// Drops set-aside nodes from each record; a record left with nothing to say is dropped.
function screen(records: MutationRecord[]): MutationRecord[] {
  const kept: MutationRecord[] = [];
  for (const record of records) {
    if (record.type === 'attributes') {
      if (isAwaitingHydration(record.target)) setAside(record.target);
      else kept.push(record);
      continue;
    }
    const added = [...record.addedNodes].filter((node) => {
      if (!isAwaitingHydration(node)) return true;
      setAside(node);
      return false;
    });
    if (added.length === record.addedNodes.length) kept.push(record);
    else if (added.length > 0 || record.removedNodes.length > 0) {
      kept.push({ type: record.type, target: record.target, addedNodes: added, removedNodes: record.removedNodes, attributeName: null } as unknown as MutationRecord);
    }
  }
  return kept;
}

/** The DOM functions handed to Tabster. */
export const hydrationAwareDomApi = {
  // Only the document-wide observer (Tabster's element discovery) is screened; the ones movers keep on
  // their own subtree see every record, as before.
  createMutationObserver(callback: MutationHandler): MutationObserver {
    let documentWide = false;
    const observer = new MutationObserver((records) => {
      const kept = documentWide ? screen(records) : records;
      if (kept.length > 0) callback(kept);
    });
    const observe = observer.observe.bind(observer);
    observer.observe = (target: Node, options?: MutationObserverInit) => {
      documentWide = target.nodeType === Node.DOCUMENT_NODE;
      if (documentWide) handlers.add(callback);
      observe(target, options);
    };
    const disconnect = observer.disconnect.bind(observer);
    observer.disconnect = () => {
      handlers.delete(callback);
      disconnect();
    };
    return observer;
  },
  createTreeWalker(doc: Document, root: Node, whatToShow?: number, filter?: NodeFilter | null): TreeWalker {
    const accept = typeof filter === 'function' ? filter : filter?.acceptNode.bind(filter);
    return doc.createTreeWalker(root, whatToShow, {
      acceptNode(node: Node) {
        if (isAwaitingHydration(node)) {
          setAside(node);
          return NodeFilter.FILTER_REJECT;
        }
        return accept ? accept(node) : NodeFilter.FILTER_ACCEPT;
      },
    });
  },
};

/** Hands the DOM functions to Tabster; call before Fluent first renders in the browser. */
export function installTabsterHydrationGuard(): void {
  if (typeof window === 'undefined') return;
  (window as unknown as { __tabsterShadowDOMAPI?: object }).__tabsterShadowDOMAPI = hydrationAwareDomApi;
}
