import { describe, expect, it } from 'vitest';
import { cliExport, publishInputSchema, uploadBlobPaths, uploadOf, versionBodyOf } from './publish-input';

const model = { kind: 'models', name: 'churn', version: '2', description: '', tags: 'team=risk\nstage', modelType: 'mlflow_model', files: [{ path: 'out/MLmodel', size: 10 }, { path: 'out/model.pkl', size: 99 }] };

describe('publish input', () => {
  it('a model uploads its files under its name (a picked top folder dropped) and points modelUri there', () => {
    const input = publishInputSchema.parse(model);
    expect(uploadOf(input)?.armKind).toBe('models');
    expect(uploadBlobPaths(input)).toEqual(['churn/MLmodel', 'churn/model.pkl']);
    expect(versionBodyOf(input, 'https://acct.blob.core.windows.net/c1')).toEqual({
      properties: { description: null, tags: { team: 'risk', stage: '' }, modelType: 'mlflow_model', modelUri: 'https://acct.blob.core.windows.net/c1/churn' },
    });
    expect(cliExport('contoso', input)).toMatchObject({ fileName: 'model.yml', command: 'az ml model create --registry-name contoso -f model.yml' });
    expect(cliExport('contoso', input).yaml).toContain('type: mlflow_model\npath: ./churn\n');
  });

  it('refuses what Azure would: bad names, paths escaping the folder, duplicate tags', () => {
    const result = publishInputSchema.safeParse({ ...model, name: '-x', tags: 'a=1\na=2', files: [{ path: '../etc/passwd', size: 1 }] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join(' | ');
    expect(messages).toMatch(/letters, digits, hyphens/);
    expect(messages).toMatch(/Line 2: "a" is already used above/);
    expect(messages).toMatch(/"\.\." folder/);
  });

  it('an environment from a build context uploads as a code asset and needs its Dockerfile inside', () => {
    const env = { kind: 'environments', name: 'env', version: '1', description: '', tags: '', source: 'build', dockerfilePath: 'Dockerfile', files: [{ path: 'ctx/Dockerfile', size: 5 }] };
    const input = publishInputSchema.parse(env);
    expect(uploadOf(input)?.armKind).toBe('codes');
    expect(versionBodyOf(input, 'http://e/_blob/a/c').properties.build).toEqual({ contextUri: 'http://e/_blob/a/c/env', dockerfilePath: 'Dockerfile' });
    expect(publishInputSchema.safeParse({ ...env, dockerfilePath: 'docker/Dockerfile' }).success).toBe(false);
  });

  it('data by URI uploads nothing; a uploaded uri_file points at the file itself', () => {
    const byUri = publishInputSchema.parse({ kind: 'data', name: 'd', version: '1', description: '', tags: '', dataType: 'uri_folder', source: 'uri', uri: 'https://example.com/data/' });
    expect(uploadOf(byUri)).toBeNull();
    expect(versionBodyOf(byUri, null).properties).toMatchObject({ dataType: 'uri_folder', dataUri: 'https://example.com/data/' });
    const file = publishInputSchema.parse({ kind: 'data', name: 'd', version: '1', description: '', tags: '', dataType: 'uri_file', source: 'upload', files: [{ path: 'a.csv', size: 3 }] });
    expect(versionBodyOf(file, 'http://e/_blob/a/c').properties.dataUri).toBe('http://e/_blob/a/c/d/a.csv');
    expect(publishInputSchema.safeParse({ kind: 'data', name: 'd', version: '1', description: '', tags: '', dataType: 'uri_file', source: 'uri', uri: 'file:///etc' }).success).toBe(false);
  });
});
