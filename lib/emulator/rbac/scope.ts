// ARM scope strings taken apart: subscription, resource group, and the resource path after `providers/`.
// Pure; RBAC, the authorization RP, and Resource Graph's access filter all read scopes through it.

/** A scope taken apart. */
export interface ParsedScope {
  subscriptionId: string;
  resourceGroup?: string;
  /** `{ns}/{type}/{name}[/{childType}/{childName}]` after `providers/`. */
  resourcePath?: string;
}

/** Parses `/subscriptions/{s}[/resourceGroups/{rg}[/providers/{ns}/{type}/{name}[/{t}/{n}]]]`; undefined for anything else. */
export function parseScope(scope: string): ParsedScope | undefined {
  const parts = scope.split('/').filter(Boolean);
  if (parts.length < 2 || parts[0].toLowerCase() !== 'subscriptions') return undefined;
  if (parts.length === 2) return { subscriptionId: parts[1] };
  if (parts[2].toLowerCase() !== 'resourcegroups' || parts.length < 4) return undefined;
  if (parts.length === 4) return { subscriptionId: parts[1], resourceGroup: parts[3] };
  if (parts[4].toLowerCase() !== 'providers' || ![8, 10].includes(parts.length)) return undefined;
  return { subscriptionId: parts[1], resourceGroup: parts[3], resourcePath: parts.slice(5).join('/') };
}
