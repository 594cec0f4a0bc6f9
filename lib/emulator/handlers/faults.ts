// Control endpoints of fault injection (loopback only, no ARM token): POST /_emulator/faults adds a rule
// (201 with its id), GET lists them, DELETE clears them all, DELETE /_emulator/faults/{id} removes one.
import { randomUUID } from 'node:crypto';
import type { OperationResult } from '../context';
import { ArmHttpError } from '../errors';
import { parseFaultSpec } from '../faults/fault-rules';
import type { RequestContext } from '../http/request-context';
import { clearFaults, deleteFault, insertFault, listFaults } from '../store/faults';

/** POST /_emulator/faults → 201 with the stored rule. */
export function addFaultHandler(ctx: RequestContext): OperationResult {
  const spec = parseFaultSpec(ctx.body);
  return { status: 201, body: insertFault(ctx.emulator.db, randomUUID(), spec, ctx.now) };
}

/** GET /_emulator/faults → `{value:[rules]}` with their hit counts. */
export function listFaultsHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: { value: listFaults(ctx.emulator.db) } };
}

/** DELETE /_emulator/faults → 200 `{deleted: n}`. */
export function clearFaultsHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: { deleted: clearFaults(ctx.emulator.db) } };
}

/** DELETE /_emulator/faults/{id} → 204, or 404 when no such rule exists. */
export function deleteFaultHandler(ctx: RequestContext): OperationResult {
  if (!deleteFault(ctx.emulator.db, ctx.params.faultId)) throw new ArmHttpError(404, 'NotFound', `Fault rule '${ctx.params.faultId}' does not exist.`);
  return { status: 204 };
}
