import { describe, expect, it } from 'vitest';
import { actionBodyProblem } from './action-body';

describe('actionBodyProblem', () => {
  it('passes JSON bodies and bodies of other types (multipart forms are decoded by Next)', () => {
    expect(actionBodyProblem('text/plain;charset=UTF-8', '[{"name":"x"}]')).toBeNull();
    expect(actionBodyProblem('multipart/form-data; boundary=x', 'anything')).toBeNull();
    expect(actionBodyProblem(null, 'anything')).toBeNull();
  });

  it('refuses a text/plain body that is not JSON', () => {
    for (const body of ['<script>alert(1)</script>', '', '[1,', '{"a":1}}']) {
      expect(actionBodyProblem('text/plain;charset=UTF-8', body), body).toMatch(/not a server action call/);
    }
  });
});
