import { describe, expect, it } from 'vitest';
import { plainWordsFor } from './plain-words';

const arm = (status: number, code: string, message = 'ARM said so.') => ({ status, code, message, requestId: null, correlationId: null });

describe('plainWordsFor', () => {
  it('explains a 409 as another running operation and keeps ARM message', () => {
    expect(plainWordsFor(arm(409, 'Conflict'))).toMatch(/^Azure refused the change because another operation is still running.*ARM said so\.$/);
    expect(plainWordsFor(arm(409, 'SomethingElse'))).toMatch(/another operation is still running/);
  });
  it("says a 403 one way: the refused action, its scope and the roles that grant it, with ARM's words", () => {
    const message =
      "The client 'reader@contoso.onmicrosoft.com' with object id 'x' does not have authorization to perform action " +
      "'Microsoft.MachineLearningServices/registries/write' over scope '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/reg1' or the scope is invalid.";
    const plain = plainWordsFor(arm(403, 'AuthorizationFailed', message));
    expect(plain).toMatch(/^You don't have permission to create or update registries \(tags, regions\) on registry 'reg1'\./);
    expect(plain).toContain('(Contributor or Owner)');
    expect(plain).toContain(`Azure said: ${message}`);
  });
  it('says when ARM could not be reached, and quotes any other error with its code', () => {
    expect(plainWordsFor(arm(0, 'ECONNREFUSED'))).toMatch(/could not be reached/);
    // The console's own words for no answer (lib/arm/errors.ts, deadline.ts) already name ARM: said once.
    const timeout = { status: 0, code: 'ServiceTimeout', message: 'Azure Resource Manager is not answering (no reply within 3 s).', requestId: null, correlationId: null };
    expect(plainWordsFor(timeout)).toBe('Azure Resource Manager is not answering (no reply within 3 s).');
    const budget = { status: 429, code: 'TooManyRequests', message: 'Azure is throttling requests; retrying in 28 s.', requestId: null, correlationId: null };
    expect(plainWordsFor(budget)).toBe('Azure is throttling requests; retrying in 28 s.');
    const busy = { status: 0, code: 'ConsoleBusy', message: 'The console is busy right now and could not read from Azure Resource Manager within 1.5 s.', requestId: null, correlationId: null };
    expect(plainWordsFor(busy)).toBe(busy.message);
    expect(plainWordsFor(arm(400, 'UserError'))).toBe('Azure refused the request (UserError): ARM said so.');
  });
});
