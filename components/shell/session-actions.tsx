'use client';
// The session's server actions the shell calls (who is signed in, sign out), handed in by the root layout.
import type { SignedInUser } from '@/lib/session/session-types';
import { createActionsContext } from '@/components/action-kit/actions-context';

/** The shell's calls to the server. */
export interface SessionActions {
  signedInUser(): Promise<{ user: SignedInUser | null; error: string | null }>;
  signOut(): Promise<{ ok: true }>;
}

const context = createActionsContext<SessionActions>('The app shell');

/** Provides the session actions to the shell. */
export const SessionActionsProvider = context.ActionsProvider;
/** The session actions. */
export const useSessionActions = context.useActions;
