// Reads and parses a request body the way ARM's parser (JSON.NET) does: strict JSON, or — as ARM also
// accepts and `az deployment group create --template-file` sends — property names without quotes,
// single-quoted strings and `//` / `/* */` comments (JSON5 covers that leniency). ARM caps request bodies at
// 4 MB (413) and refuses malformed or too deeply nested content with 400 InvalidRequestContent
// (arm-contract.md §4).
import type { IncomingMessage } from 'node:http';
import JSON5 from 'json5';
import { ArmHttpError, invalidRequestContent, requestEntityTooLarge } from '../errors';

const MAX_BYTES = 4 * 1024 * 1024;
// An oversized body is still read to its end (and dropped) so the 413 reaches the client before the
// connection closes: closing with unread bytes makes TCP reset it, and the client sees ECONNRESET instead.
// Past this much the emulator stops reading and lets the reset happen.
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
// JSON.NET's default MaxDepth; it also keeps every later walk of the body far from the stack's limit.
const MAX_DEPTH = 64;

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size <= MAX_BYTES) chunks.push(buf);
    else if (size > DRAIN_LIMIT_BYTES) break;
  }
  if (size > MAX_BYTES) {
    const e = requestEntityTooLarge();
    throw new ArmHttpError(e.status, e.code, e.message, undefined, undefined, { Connection: 'close' });
  }
  return Buffer.concat(chunks);
}

/** The deepest nesting of objects and arrays in JSON(5) text, ignoring brackets inside strings and comments. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[') {
      if (++depth > max) max = depth;
    } else if (c === '}' || c === ']') {
      depth--;
    }
  }
  return max;
}

/** Parses body text as ARM does; throws 400 InvalidRequestContent for what ARM refuses. */
export function parseArmJson(text: string): unknown {
  if (nestingDepth(text) > MAX_DEPTH) throw invalidRequestContent(`The reader's MaxDepth of ${MAX_DEPTH} has been exceeded`);
  try {
    return JSON.parse(text) as unknown;
  } catch (strict) {
    try {
      return JSON5.parse(text) as unknown;
    } catch {
      throw invalidRequestContent(`Invalid JSON: ${(strict as Error).message}`);
    }
  }
}

/** The parsed body (JSON, or a form's fields for the managed-identity token endpoint), or undefined when empty. */
export async function readRequestBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readAll(req)).toString('utf8').trim();
  if (!text) return undefined;
  // az's managed-identity login posts `resource=…` as a form (msrestazure get_msi_token).
  if (/application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) return Object.fromEntries(new URLSearchParams(text));
  return parseArmJson(text);
}
