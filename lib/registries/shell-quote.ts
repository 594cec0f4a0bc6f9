// Quoting for bash, for the commands the console shows people to copy.

/** One bash word: left bare when it only holds safe characters, else single-quoted ('' escaped as '\''). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
