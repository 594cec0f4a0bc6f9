// Control routes of fault injection (loopback only; the faults step itself never fires on /_emulator/*).
import * as h from '../handlers/faults';
import type { Route } from '../router/route';

const control = (method: Route['method'], pattern: string, handler: Route['handler']): Route => ({
  method,
  pattern,
  access: { kind: 'control' },
  apiVersions: null,
  operationType: method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write',
  handler,
});

/** GET|POST|DELETE /_emulator/faults and DELETE /_emulator/faults/{id}. */
export const FAULT_ROUTES: readonly Route[] = [
  control('GET', '/_emulator/faults', h.listFaultsHandler),
  control('POST', '/_emulator/faults', h.addFaultHandler),
  control('DELETE', '/_emulator/faults', h.clearFaultsHandler),
  control('DELETE', '/_emulator/faults/{faultId}', h.deleteFaultHandler),
];
