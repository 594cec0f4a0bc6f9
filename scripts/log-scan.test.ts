import { describe, expect, it } from 'vitest';
import { scanLog } from './log-scan';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvd25lciJ9.c2lnbmF0dXJlc2lnbmF0dXJl';

describe('scanLog', () => {
  it('finds tokens, cookies and Authorization headers, masking them in the finding', () => {
    const log = [
      '[start] Registry Hub console: http://localhost:3000/registries',
      `request failed: Authorization: Bearer ${jwt}`,
      `set-cookie: __Host-rh_session=${jwt}; Path=/`,
      '{"access_token":"0123456789abcdef0123"}',
      'GET /subscriptions?api-version=2022-12-01 -> 200 (3 ms)',
    ].join('\n');
    const findings = scanLog(log);
    expect(findings.map((finding) => finding.line)).not.toContain(1);
    expect(findings.map((finding) => finding.line)).not.toContain(5);
    expect(new Set(findings.map((finding) => finding.what))).toEqual(
      new Set(['bearer token', 'JWT', 'Authorization header', 'Cookie header', 'session cookie', 'OAuth token field']),
    );
    for (const finding of findings) expect(finding.text).not.toContain('c2lnbmF0dXJl');
  });

  it('finds CSP violation reports', () => {
    expect(scanLog('[csp-violation] directive=style-src-elem blocked=inline document=http://x/')).toEqual([
      expect.objectContaining({ kind: 'csp-violation', line: 1 }),
    ]);
  });

  it("finds Next's uncaught exceptions and unhandled rejections, colours and all", () => {
    const log = [
      '{"level":"info","msg":"request","requestId":"r1","method":"POST","path":"/registries","status":403,"completed":false,"aborted":true}',
      'Error: aborted',
      '    at \u001b[3mignore-listed frames\u001b[23m {',
      '\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m uncaughtException:  Error: aborted',
      '⨯ unhandledRejection: TypeError: fetch failed',
    ].join('\n');
    expect(scanLog(log)).toEqual([
      expect.objectContaining({ kind: 'uncaught', what: 'uncaughtException', line: 4 }),
      expect.objectContaining({ kind: 'uncaught', what: 'unhandledRejection', line: 5 }),
    ]);
  });

  it('passes an ordinary log', () => {
    expect(scanLog('[arm] ARM emulator listening on http://127.0.0.1:4510\n[console] listening on http://localhost:3000')).toEqual([]);
  });
});
