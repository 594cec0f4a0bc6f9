import { describe, expect, it } from 'vitest';
import { ArmError, armErrorFromResponse, codeFromStatus, isArmError, parseRetryAfter, toArmError } from './errors';

describe('armErrorFromResponse', () => {
  it('reads the ARM envelope and the tracing headers', () => {
    const e = armErrorFromResponse(
      403,
      JSON.stringify({ error: { code: 'AuthorizationFailed', message: "The client 'x' … over scope '/subscriptions/s'", target: 't' } }),
      { 'x-ms-request-id': 'r', 'x-ms-correlation-request-id': 'c' },
    );
    expect(e).toMatchObject({ status: 403, code: 'AuthorizationFailed', target: 't', details: [], requestId: 'r', correlationId: 'c' });
    expect(e.message).toContain("over scope '/subscriptions/s'");
  });

  it('keeps additionalInfo (e.g. the policy behind RequestDisallowedByPolicy) through toBody', () => {
    const info = [{ type: 'PolicyViolation', info: { policyDefinitionDisplayName: 'Allowed locations' } }];
    const e = armErrorFromResponse(403, JSON.stringify({ error: { code: 'RequestDisallowedByPolicy', message: 'denied', additionalInfo: info } }), {});
    expect(e.toBody()).toEqual({ code: 'RequestDisallowedByPolicy', message: 'denied', target: undefined, details: [], additionalInfo: info });
  });

  it('accepts bare {code,message} and OData error bodies', () => {
    expect(armErrorFromResponse(400, '{"code":"UserError","message":"bad"}', {})).toMatchObject({ code: 'UserError', message: 'bad' });
    expect(armErrorFromResponse(400, '{"odata.error":{"code":"X","message":{"value":"odata says"}}}', {})).toMatchObject({ code: 'X', message: 'odata says' });
  });

  it('derives the code from the status for empty, HTML and unrelated JSON bodies', () => {
    expect(armErrorFromResponse(502, undefined, {})).toMatchObject({ code: 'BadGateway', message: expect.stringContaining('HTTP 502') });
    const html = armErrorFromResponse(503, `<html><body><p>${'Service down '.repeat(40)}</p></body></html>`, {});
    expect(html.code).toBe('ServiceUnavailable');
    expect(html.message).not.toContain('<p>');
    expect(html.message.length).toBeLessThan(300);
    expect(armErrorFromResponse(418, '{"hello":"world"}', {}).code).toBe('HttpStatus418');
  });

  it('keeps Retry-After in seconds', () => {
    expect(armErrorFromResponse(429, '', { 'retry-after': '17' }).retryAfterSeconds).toBe(17);
  });
});

describe('helpers', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTenSeconds)).toBeGreaterThanOrEqual(9);
    expect(parseRetryAfter(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
  });

  it('maps statuses to codes', () => {
    expect(codeFromStatus(404)).toBe('NotFound');
    expect(codeFromStatus(429)).toBe('TooManyRequests');
  });

  it('toArmError passes ArmErrors through and wraps transport failures with status 0', () => {
    const original = new ArmError({ status: 404, code: 'ResourceNotFound', message: 'gone' });
    expect(toArmError(original)).toBe(original);
    const wrapped = toArmError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
    expect(wrapped).toMatchObject({ status: 0, code: 'ServiceUnreachable' });
    expect(wrapped.message).toMatch(/^Azure Resource Manager is not answering/);
    expect(wrapped.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    const reset = toArmError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET', message: 'socket hang up' } }));
    expect(reset).toMatchObject({ status: 0, code: 'ServiceUnreachable', message: 'Azure Resource Manager closed the connection before answering.' });
    expect(isArmError(wrapped)).toBe(true);
    expect(isArmError(new Error('x'))).toBe(false);
  });
});
