import { describe, expect, it } from 'vitest';
import { descriptionSchema } from './description';
import { markupProblem } from './markup';

describe('markupProblem', () => {
  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</b>', '<!-- x -->', '<?xml version="1.0"?>', 'ok <SCRIPT>'])(
    'refuses %s',
    (value) => expect(markupProblem(value)).toMatch(/cannot contain HTML tags/),
  );

  it.each(['', 'plain text', 'a < b', '<3', '5 <= 6', 'x > y'])('accepts %s', (value) => {
    expect(markupProblem(value)).toBeNull();
  });

  it('applies to the description, which is kept as a tag value', () => {
    expect(descriptionSchema.safeParse('Shared <script>x</script>').success).toBe(false);
    expect(descriptionSchema.safeParse('Models for teams < 10 people').success).toBe(true);
  });
});
