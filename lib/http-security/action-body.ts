// A server action's body, checked before Next decodes it: Next answers a text/plain action body that is not
// JSON with a 500 and a digest (React's decodeReply throws), which a monitor cannot tell from a crash. Browsers
// only ever send JSON there (React's encodeReply); anything else is a forged or broken request.

/** Why the body cannot be an action call, or null when Next may decode it. */
export function actionBodyProblem(contentType: string | null, body: string): string | null {
  if (!contentType?.toLowerCase().startsWith('text/plain')) return null;
  try {
    JSON.parse(body);
    return null;
  } catch {
    return 'Registry Hub refused this request: its body is not a server action call.';
  }
}
