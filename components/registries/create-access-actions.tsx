'use client';
// The server action behind "Create registry"'s verdict, handed in by the registries route.
import type { CreateAccess } from '@/lib/session/rbac/create-access';
import { createActionsContext } from '@/components/action-kit/actions-context';

/** The list's call to the server: may the principal create a registry somewhere (null: ARM could not say). */
export interface CreateAccessActions {
  getCreateAccess(): Promise<CreateAccess | null>;
}

const context = createActionsContext<CreateAccessActions>('The Create registry button');

/** Provides the verdict's action to every Create registry button below. */
export const CreateAccessActionsProvider = context.ActionsProvider;
/** The verdict's action. */
export const useCreateAccessActions = context.useActions;
