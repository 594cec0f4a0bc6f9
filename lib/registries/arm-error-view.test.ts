import { describe, expect, it } from 'vitest';
import { armErrorViewOf } from './arm-error-view';

describe('armErrorViewOf', () => {
  it('keeps only the serialisable fields of an ArmError-like error', () => {
    const error = Object.assign(new Error('The client has no authorization.'), {
      name: 'ArmError',
      status: 403,
      code: 'AuthorizationFailed',
      requestId: 'req-1',
      correlationId: 'corr-1',
      details: [{ code: 'Inner', message: 'inner' }],
    });
    expect(armErrorViewOf(error)).toEqual({
      status: 403,
      code: 'AuthorizationFailed',
      message: 'The client has no authorization.',
      requestId: 'req-1',
      correlationId: 'corr-1',
    });
  });

  it('turns missing ids into null and rejects values that are not ARM errors', () => {
    expect(armErrorViewOf({ status: 0, code: 'ECONNREFUSED', message: 'refused', requestId: '' })).toEqual({
      status: 0,
      code: 'ECONNREFUSED',
      message: 'refused',
      requestId: null,
      correlationId: null,
    });
    expect(armErrorViewOf(new Error('plain'))).toBeNull();
    expect(armErrorViewOf('AuthorizationFailed')).toBeNull();
    expect(armErrorViewOf(null)).toBeNull();
  });
});
