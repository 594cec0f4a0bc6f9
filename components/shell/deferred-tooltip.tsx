'use client';
// Fluent's Tooltip positions its bubble with @floating-ui: with Tooltip itself, one of the larger parts of
// every page's first download, for a bubble most visits never show. DeferredTooltip gives its child the
// accessible name or description Tooltip would (aria-label, or aria-describedby to a hidden copy of the text)
// from the first render, and downloads the real Tooltip the first time the pointer or focus reaches the child.
// A hover or focus that arrived during the download shows the tooltip until the pointer or focus leaves; from
// then on Fluent's Tooltip alone shows and hides it. Wrapping the child in Tooltip mounts it afresh: if the old
// one had focus (focus is what started the download), the new one takes it, so a keyboard user stays put.
import { cloneElement, lazy, startTransition, Suspense, useId, useState, type FocusEvent, type PointerEvent, type ReactElement, type Ref } from 'react';

const LoadedTooltip = lazy(() => import('./loaded-tooltip').then((m) => ({ default: m.LoadedTooltip })));

/** The trigger's props DeferredTooltip merges into (any Fluent control or element takes them). */
interface TriggerProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  'aria-label'?: string;
  'aria-describedby'?: string;
  ref?: Ref<HTMLElement>;
}

// Hands focus from the trigger element being replaced to its replacement. React detaches the old element's
// ref while it is still in the document (and focused), then attaches the new one.
function focusCarryingRef(own: Ref<HTMLElement> | undefined) {
  let focusedOnDetach = false;
  return (node: HTMLElement | null) => {
    if (typeof own === 'function') own(node);
    else if (own) own.current = node;
    if (node === null) {
      focusedOnDetach = document.activeElement !== null && document.activeElement !== document.body;
      return;
    }
    if (focusedOnDetach && document.activeElement === document.body) node.focus();
    focusedOnDetach = false;
  };
}

// The child's own handler, after DeferredTooltip's tracking.
function before<E>(track: () => void, own: ((event: E) => void) | undefined) {
  return (event: E) => {
    track();
    own?.(event);
  };
}

/** Props of DeferredTooltip: Tooltip's, for a plain-text tip on one element. */
export interface DeferredTooltipProps {
  content: string;
  relationship: 'label' | 'description';
  children: ReactElement<TriggerProps>;
}

/** Tooltip, downloaded on the child's first hover or focus. */
export function DeferredTooltip({ content, relationship, children }: DeferredTooltipProps) {
  const [loaded, setLoaded] = useState(false);
  // Whether the pointer or focus is on the child; it decides visibility until the first leave after the
  // download, when `shown` (Fluent's own decisions) takes over.
  const [inside, setInside] = useState(false);
  const [shown, setShown] = useState<boolean | null>(null);
  const leave = () => {
    setInside(false);
    if (loaded) setShown((current) => current ?? false);
  };
  const descriptionId = useId();
  const [ref] = useState(() => focusCarryingRef(children.props.ref));
  const { onPointerEnter, onPointerLeave, onFocus, onBlur } = children.props;
  const enter = () => {
    setInside(true);
    if (!loaded) startTransition(() => setLoaded(true));
  };
  const tracked = cloneElement(children, {
    ref,
    onPointerEnter: before(enter, onPointerEnter),
    onPointerLeave: before(leave, onPointerLeave),
    onFocus: before(enter, onFocus),
    onBlur: before(leave, onBlur),
  });
  const standIn =
    relationship === 'label' ? (
      cloneElement(tracked, { 'aria-label': content })
    ) : (
      <>
        {cloneElement(tracked, { 'aria-describedby': descriptionId })}
        <span id={descriptionId} hidden>
          {content}
        </span>
      </>
    );
  // The swap is a transition inside a boundary whose content is the stand-in: it stays until the code is here.
  return (
    <Suspense fallback={standIn}>
      {loaded ? (
        <LoadedTooltip content={content} relationship={relationship} visible={shown ?? inside} onVisibleChange={(_, data) => setShown(data.visible)}>
          {tracked}
        </LoadedTooltip>
      ) : (
        standIn
      )}
    </Suspense>
  );
}
