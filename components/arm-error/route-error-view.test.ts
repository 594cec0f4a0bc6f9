import { describe, expect, it } from 'vitest';
import { routeErrorView } from './route-error-view';

describe('routeErrorView', () => {
  it("keeps an ARM failure's code, message and ids", () => {
    const arm = { status: 503, code: 'ServiceUnavailable', message: 'Try later.', requestId: 'r-1', correlationId: 'c-1' };
    expect(routeErrorView(arm, 'The page could not be shown.')).toEqual(arm);
  });

  it("turns a redacted render error into plain words with a reference, without React's text or the word digest", () => {
    const redacted = Object.assign(new Error('An error occurred in the Server Components render. Minified React error #441'), { digest: '2841925137' });
    const view = routeErrorView(redacted, 'The registry page could not be shown.');
    expect(view).toMatchObject({ status: 0, code: 'UnexpectedError', requestId: null, correlationId: null });
    expect(view.message).toBe('The registry page could not be shown. Try again in a moment. If it happens again, give your administrator this reference: 2841925137.');
    expect(JSON.stringify(view)).not.toMatch(/digest|React|Server Components/i);
  });

  it('leaves out a reference that is not a plain token', () => {
    expect(routeErrorView({ digest: '<script>' }, 'Not shown.').message).toBe('Not shown. Try again in a moment.');
    expect(routeErrorView(undefined, 'Not shown.').message).toBe('Not shown. Try again in a moment.');
  });
});
