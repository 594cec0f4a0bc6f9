// A query the emulator's Resource Graph cannot run. The handler turns it into ARG's 400 envelope
// (`BadRequest` with `InvalidQuery` and the specific code in `details`); parsing and planning stay free
// of HTTP concerns.

/** Detail codes a refused query carries. */
export type KqlErrorCode = 'InvalidQuery' | 'UnsupportedOperator' | 'UnsupportedFunction' | 'UnsupportedExpression' | 'ParserFailure' | 'InvalidQueryOptions';

/** A refused query: `code` goes into the error's details, `message` names the offending part. */
export class KqlError extends Error {
  constructor(
    readonly code: KqlErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KqlError';
  }
}

/** Type guard. */
export function isKqlError(e: unknown): e is KqlError {
  return e instanceof KqlError;
}
