// A client that hangs up before its response is complete (a navigation away, a cancelled fetch or prefetch, a
// closed tab, or Next itself dropping the answer to a server action it forwarded to another page) makes node
// destroy the request stream with ECONNRESET "aborted". Normal traffic; but an 'error' event nobody listens
// to is an uncaught exception, which Next's process handler prints as "⨯ uncaughtException: Error: aborted"
// — an operator's alert would fire on it, and a real uncaught exception would hide among them.
//
// Node's own request stream emits that error only when someone listens. But once proxy.ts has run on a
// request with a body, Next has copied a buffered stream's internals over the request (replaceRequestBody in
// next/dist/server/body-streams.js): its listener table, without ours, and its _destroy, which emits the
// error whoever listens. Hence the listener goes on when the request arrives and again when the response
// closes: the socket's close destroys the request first, but the error is only emitted on a later tick.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** True for the error node gives a request stream whose client hung up. */
export function isClientHangUp(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ECONNRESET';
}

/**
 * Whether the client went away before `res` was complete (it closed or reset the connection), as opposed to
 * a response that finished or that the server cut off itself. Meaningful once `res` has emitted 'close'.
 */
export function clientHungUp(req: IncomingMessage, res: ServerResponse): boolean {
  if (res.writableFinished) return false;
  const socket = req.socket;
  return socket.readableEnded || isClientHangUp(socket.errored);
}

/**
 * Keeps an 'error' listener on `req` for its whole life. A client's hang-up is expected (the request's log
 * line says `aborted: true`); anything else goes to `onError`, to be logged as the error it is.
 */
export function guardRequestStream(req: IncomingMessage, res: ServerResponse, onError: (error: Error) => void): void {
  const listener = (error: Error) => {
    if (!isClientHangUp(error)) onError(error);
  };
  req.on('error', listener);
  res.once('close', () => {
    if (!req.listeners('error').includes(listener)) req.on('error', listener);
  });
}
