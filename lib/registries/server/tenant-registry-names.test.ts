import { describe, expect, it } from 'vitest';
import { registriesNamedQuery } from './tenant-registry-names';

describe('registriesNamedQuery', () => {
  it('asks Resource Graph for registries with the name, ignoring case', () => {
    expect(registriesNamedQuery('Contoso_ML-1')).toBe(
      "Resources | where type =~ 'microsoft.machinelearningservices/registries' and name =~ 'Contoso_ML-1' | project id, name",
    );
  });

  it('refuses anything that is not a registry name, so nothing can be injected into the query', () => {
    expect(() => registriesNamedQuery("x' or name != '")).toThrow(/Not a registry name/);
    expect(() => registriesNamedQuery('a/b')).toThrow();
  });
});
