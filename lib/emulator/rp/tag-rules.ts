// ARM's tag rules, applied to the tags of every resource the emulator stores (resource groups, registries,
// deployments, the Tags API): at most 50 tags; names 1–512 characters without `< > % & \ ? /` or control
// characters; values at most 256 characters. Codes and wording as ARM answers them (mirrored by Microsoft's
// Az PowerShell validation: InvalidTags, InvalidTagName, InvalidTagNameCharacters, InvalidTagValueLength).
import { ArmHttpError, invalidRequestContent } from '../errors';

/** ARM's limits. */
export const TAG_LIMITS = { count: 50, nameLength: 512, valueLength: 256 } as const;

const RESERVED = /[<>%&\\?/\u0000-\u001f\u007f]/;

const tagError = (code: string, message: string) => new ArmHttpError(400, code, message, 'tags');

/** Parses `tags` (string → string map, absent = none) and enforces ARM's limits. */
export function parseTags(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalidRequestContent("Property 'tags' must be an object of string values");
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > TAG_LIMITS.count) {
    throw tagError('InvalidTags', `Too many tags specified. Requested tag count - '${entries.length}'. Maximum number of tags allowed - '${TAG_LIMITS.count}'.`);
  }
  for (const [name, value] of entries) {
    if (typeof value !== 'string') throw invalidRequestContent(`Tag '${name.slice(0, 64)}' must have a string value`);
    if (!name.trim()) throw tagError('InvalidTagName', 'The tag name must be non-null, non-empty and non-whitespace only. Please provide an actual value.');
  }
  const reserved = entries.filter(([name]) => RESERVED.test(name)).map(([name]) => name);
  if (reserved.length) throw tagError('InvalidTagNameCharacters', `The tag names '${reserved.join(', ')}' have reserved characters '<,>,%,&,\\,?,/' or control characters.`);
  const longNames = entries.filter(([name]) => name.length > TAG_LIMITS.nameLength).map(([name]) => name);
  if (longNames.length) {
    throw tagError('InvalidTagName', `Tag key too large. Following tag name '${longNames.join(', ')}' exceeded the maximum length. Maximum allowed length for tag name - '${TAG_LIMITS.nameLength}' characters.`);
  }
  const longValues = entries.filter(([, value]) => (value as string).length > TAG_LIMITS.valueLength).map(([, value]) => value as string);
  if (longValues.length) {
    throw tagError('InvalidTagValueLength', `Tag value too large. Following tag value '${longValues.join(', ')}' exceeded the maximum length. Maximum allowed length for tag value - '${TAG_LIMITS.valueLength}' characters.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
