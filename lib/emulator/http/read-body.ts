// Reads and parses a JSON request body. ARM caps request bodies at 4 MB and answers malformed JSON
// with 400 InvalidRequestContent (arm-contract.md §4).
import type { IncomingMessage } from 'node:http';
import { invalidRequestContent, requestEntityTooLarge } from '../errors';

const MAX_BYTES = 4 * 1024 * 1024;

/** The parsed body, or undefined when the request has none. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BYTES) throw requestEntityTooLarge();
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidRequestContent(`Invalid JSON: ${(e as Error).message}`);
  }
}
