import { describe, expect, it } from 'vitest';
import { summarizeCspReport } from './csp-report';

describe('summarizeCspReport', () => {
  it("reads report-uri's format, keeping URLs to origin and path", () => {
    const report = { 'csp-report': { 'document-uri': 'https://hub/registries?code=secret', 'effective-directive': 'style-src-elem', 'blocked-uri': 'inline' } };
    expect(summarizeCspReport(JSON.stringify(report))).toBe('directive=style-src-elem blocked=inline document=https://hub/registries');
  });

  it("reads the Reporting API's format", () => {
    const reports = [{ type: 'csp-violation', body: { documentURL: 'https://hub/', effectiveDirective: 'script-src-elem', blockedURL: 'https://evil.example/x.js?t=1' } }];
    expect(summarizeCspReport(JSON.stringify(reports))).toBe('directive=script-src-elem blocked=https://evil.example/x.js document=https://hub/');
  });

  it('ignores what is not a report', () => {
    expect(summarizeCspReport('<script>')).toBeNull();
    expect(summarizeCspReport('{}')).toBeNull();
  });
});
