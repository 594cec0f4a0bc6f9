// Delay rules as operations consult them when they start: the first armed rule naming the registry (and
// the operation's kind, when the rule names one) adds its delay to the operation's end. The delay is in
// real milliseconds, not scaled by ARM_EMULATOR_TIME_SCALE: its purpose is to hold a registry in
// Creating / Updating / Deleting long enough for a browser test to see it, whatever the time scale.
import type { Emulator, OperationDelayHook, PlannedOperation } from '../context';
import type { FaultRecord } from '../store/faults';
import { listArmedFaults, recordFaultHit } from '../store/faults';
import type { DelayFaultSpec } from './fault-rules';

const REGISTRY_SEGMENT = '/providers/microsoft.machinelearningservices/registries/';

function matches(rule: DelayFaultSpec, op: PlannedOperation): boolean {
  const id = op.resourceId.toLowerCase();
  const at = id.indexOf(REGISTRY_SEGMENT);
  if (at < 0 || id.slice(at + REGISTRY_SEGMENT.length) !== rule.registryName.toLowerCase()) return false;
  return !rule.operation || rule.operation === op.kind;
}

/** The hook to push onto `emulator.operationDelayHooks`. */
export function operationDelayHook(emulator: Emulator): OperationDelayHook {
  return (op) => {
    const rule = (listArmedFaults(emulator.db, 'delay') as (FaultRecord & DelayFaultSpec)[]).find((r) => matches(r, op));
    if (!rule) return 0;
    recordFaultHit(emulator.db, rule.id);
    return rule.delayMs;
  };
}
