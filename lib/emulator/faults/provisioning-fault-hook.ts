// Provisioning fault rules as the provisioning module consults them: for each child resource a registry
// operation is about to create, the first armed rule matching its type (and region / registry, when the
// rule names them) makes it end Failed with the rule's code and message. The registry operation then
// fails with that error and the child's id as a detail target, and a deployment fails with it.
import type { Emulator, ProvisioningChild, ProvisioningFault, ProvisioningFaultHook } from '../context';
import type { FaultRecord } from '../store/faults';
import { listArmedFaults, recordFaultHit } from '../store/faults';
import type { ProvisioningFaultSpec } from './fault-rules';

function matches(rule: ProvisioningFaultSpec, child: ProvisioningChild): boolean {
  if (rule.resourceType.toLowerCase() !== child.resourceType.toLowerCase()) return false;
  if (rule.region && rule.region !== child.region.replace(/\s+/g, '').toLowerCase()) return false;
  return !rule.registryName || rule.registryName.toLowerCase() === child.registryName.toLowerCase();
}

/** The hook to push onto `emulator.provisioningFaultHooks`. */
export function provisioningFaultHook(emulator: Emulator): ProvisioningFaultHook {
  return (child): ProvisioningFault | undefined => {
    const rule = (listArmedFaults(emulator.db, 'provisioning') as (FaultRecord & ProvisioningFaultSpec)[]).find((r) => matches(r, child));
    if (!rule) return undefined;
    recordFaultHit(emulator.db, rule.id);
    return { code: rule.code, message: rule.message };
  };
}
