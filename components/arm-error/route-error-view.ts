// The words of a route's error boundary. An ArmError-like value keeps ARM's code, message and ids; anything
// else (a production render error arrives redacted, in React's or Next's own words) becomes a plain sentence
// with Next's digest offered as a reference for the server log — never the word "digest", never React's text.
import { armErrorViewOf, type ArmErrorView } from '@/lib/registries/arm-error-view';

/** The view of whatever reached an error boundary: ARM's words, or `fallbackMessage` with a log reference. */
export function routeErrorView(error: unknown, fallbackMessage: string): ArmErrorView {
  const arm = armErrorViewOf(error);
  if (arm) return arm;
  const digest = (error as { digest?: unknown } | null)?.digest;
  const reference = typeof digest === 'string' && /^[\w-]{1,64}$/.test(digest) ? ` If it happens again, give your administrator this reference: ${digest}.` : '';
  return { status: 0, code: 'UnexpectedError', message: `${fallbackMessage} Try again in a moment.${reference}`, requestId: null, correlationId: null };
}
