// The KQL subset: what the console sends parses into the operators it means; everything else is refused
// with an error naming the unsupported part.
import { describe, expect, it } from 'vitest';
import { isKqlError } from './kql-error';
import { parseKql } from './kql-parser';

function refusal(query: string) {
  try {
    parseKql(query);
  } catch (e) {
    if (isKqlError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`'${query}' was accepted`);
}

describe('parseKql', () => {
  it('parses where / project / order by / limit as the console writes them', () => {
    const q = parseKql(
      "Resources | where type =~ 'Microsoft.MachineLearningServices/registries' and subscriptionId in~ ('a', \"b\") and name contains 'x' | project id, name, tags | order by name asc, id | take 5",
    );
    expect(q.operators).toEqual([
      {
        kind: 'where',
        conditions: [
          { column: 'type', op: '=~', values: ['Microsoft.MachineLearningServices/registries'] },
          { column: 'subscriptionId', op: 'in~', values: ['a', 'b'] },
          { column: 'name', op: 'contains', values: ['x'] },
        ],
      },
      { kind: 'project', columns: ['id', 'name', 'tags'] },
      // KQL sorts descending unless told otherwise.
      { kind: 'order', keys: [{ column: 'name', direction: 'asc' }, { column: 'id', direction: 'desc' }] },
      { kind: 'limit', count: 5 },
    ]);
    expect(q.output).toEqual(['id', 'name', 'tags']);
  });

  it('returns every column without project, and accepts the lowercase table name', () => {
    expect(parseKql('resources').output).toContain('properties');
  });

  it.each([
    ['Resources | summarize count() by location', 'UnsupportedOperator', "'summarize'"],
    ['Resources | join kind=inner (Resources) on id', 'UnsupportedOperator', "'join'"],
    ['Resources | extend x = name', 'UnsupportedOperator', "'extend'"],
    ['Resources | mv-expand tags', 'UnsupportedOperator', "'mv-expand'"],
    ["Resources | where name == 'a' or name == 'b'", 'UnsupportedOperator', "'or'"],
    ["Resources | where name has 'a'", 'UnsupportedOperator', "'has'"],
    ['Resources | where isnotempty(name)', 'UnsupportedFunction', "'isnotempty'"],
    ["Resources | where tags['env'] == 'prod'", 'UnsupportedExpression', "'tags'"],
    ["Resources | where properties == 'x'", 'UnsupportedExpression', "'properties'"],
    ['Resources | project n = name', 'UnsupportedExpression', 'Renaming'],
    ["Resources | project id | where name == 'x'", 'InvalidQuery', "'name'"],
    ['Resources | where Name == 1', 'InvalidQuery', "'Name'"],
    ['ResourceContainers', 'InvalidQuery', "'ResourceContainers'"],
    ["Resources | where name == 'unterminated", 'ParserFailure', 'Unterminated'],
  ])('refuses %s', (query, code, named) => {
    const r = refusal(query);
    expect(r.code).toBe(code);
    expect(r.message).toContain(named);
  });
});
