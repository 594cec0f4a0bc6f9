'use client';
// How components reach server actions without importing app/ (arrows point app -> components): the route
// that renders a feature hands it the feature's actions through a context made here.
import { createContext, useContext, type ReactNode } from 'react';

/** A Provider for a feature's actions and the hook that reads them; the hook throws outside the Provider (a wiring bug). */
export function createActionsContext<T>(feature: string) {
  const Context = createContext<T | null>(null);
  function ActionsProvider({ actions, children }: { actions: T; children: ReactNode }) {
    return <Context.Provider value={actions}>{children}</Context.Provider>;
  }
  function useActions(): T {
    const actions = useContext(Context);
    if (!actions) throw new Error(`${feature}: its actions are not provided; the route must render its ActionsProvider.`);
    return actions;
  }
  return { ActionsProvider, useActions };
}
