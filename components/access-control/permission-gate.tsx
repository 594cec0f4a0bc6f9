'use client';
// Permission-aware controls: the child is offered only when the signed-in principal's permission blocks
// allow `action`. Otherwise it is hidden, or disabled but still focusable with a tooltip naming the missing
// permission ("You need …/registries/write (Contributor or Owner)"). The server never relies on this.
import { Tooltip } from '@fluentui/react-components';
import { cloneElement, isValidElement, type ReactElement } from 'react';
import { can, type PermissionBlock } from '@/lib/session/rbac/can';
import { missingPermissionMessage } from '@/lib/session/rbac/missing-permission';

/** Props of PermissionGate. */
export interface PermissionGateProps {
  /** The ARM action the child performs, e.g. Microsoft.MachineLearningServices/registries/write. */
  action: string;
  /** The principal's permission blocks at the scope; null while unknown (the child is then offered: ARM decides). */
  permissions: readonly PermissionBlock[] | null;
  /** `disable` (default) keeps the child visible with the reason; `hide` removes it. */
  whenDenied?: 'disable' | 'hide';
  /** A Fluent control accepting `disabledFocusable` (Button, MenuItem, ToolbarButton…). */
  children: ReactElement<{ disabledFocusable?: boolean; onClick?: unknown }>;
}

/** True when the blocks are unknown or allow the action. */
export function isOffered(permissions: readonly PermissionBlock[] | null, action: string): boolean {
  return permissions === null || can(permissions, action);
}

/** Offers, disables or hides its child by the principal's permissions. */
export function PermissionGate({ action, permissions, whenDenied = 'disable', children }: PermissionGateProps) {
  if (isOffered(permissions, action)) return children;
  if (whenDenied === 'hide' || !isValidElement(children)) return null;
  return (
    <Tooltip content={missingPermissionMessage(action)} relationship="description">
      {cloneElement(children, { disabledFocusable: true, onClick: undefined })}
    </Tooltip>
  );
}
