// Serialized Resource Graph answers, reused while nothing they depend on has changed. An answer is decided by
// the caller (tenant and principal: their role assignments trim the rows), the request, and the database; so
// the key holds the first two and the whole cache is dropped when the database has changed in any way:
// SQLite's total_changes() counts every row this connection (the emulator's only writer, store/db.ts) has
// inserted, updated or deleted, and data_version moves when another connection commits. Nothing in an answer
// reads the clock: provisioning that falls due is written by the pre-route catch-up step first, which moves
// the count. So a reused answer is byte for byte the one a fresh run would give; no staleness.
//
// Why: the console's list asks the same first page of the same query on every visit; at 40 clients on 566
// registries that was 2.6 ms of emulator CPU per page (plan, count, materialize, JSON), on the same two cores
// as the console replicas it serves (npm run bench:read-load).
import { databaseVersion, type Db } from '../store/db';

// A 1000-row page of registries is ~1 MB of JSON; a handful of distinct queries per principal are in use at
// once (list pages, statuses by id, asset search). Oldest answers go first.
const MAX_CHARACTERS = 32 * 1024 * 1024;

/** Answers of one emulator's database. */
export class ResourceGraphAnswers {
  private version = '';
  private readonly answers = new Map<string, string>();
  private characters = 0;

  constructor(
    private readonly db: Db,
    private readonly maxCharacters = MAX_CHARACTERS,
  ) {}

  /** The cached JSON text for `key`, or runs `answer` and keeps its JSON text. */
  json(key: string, answer: () => unknown): string {
    const version = databaseVersion(this.db);
    if (version !== this.version) {
      this.answers.clear();
      this.characters = 0;
      this.version = version;
    }
    const kept = this.answers.get(key);
    if (kept !== undefined) return kept;
    const text = JSON.stringify(answer());
    // The answer ran SQL only; a query that wrote would have moved the version, so re-read it before keeping.
    if (databaseVersion(this.db) !== version || text.length > this.maxCharacters / 4) return text;
    for (const [oldestKey, oldestText] of this.answers) {
      if (this.characters + text.length <= this.maxCharacters) break;
      this.answers.delete(oldestKey);
      this.characters -= oldestText.length;
    }
    this.answers.set(key, text);
    this.characters += text.length;
    return text;
  }
}
