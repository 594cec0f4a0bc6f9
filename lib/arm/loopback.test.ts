import { describe, expect, it } from 'vitest';
import { createEmptyPipeline, createHttpHeaders, createPipelineRequest, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline';
import { allowLoopbackHttp, isLoopbackHost, loopbackBearerPolicyName } from './loopback';
import { staticCredential } from './testing/fake-arm-server';

// Records what reached the wire instead of sending it.
function recordingClient(): HttpClient & { sent: PipelineRequest[] } {
  const sent: PipelineRequest[] = [];
  return {
    sent,
    async sendRequest(request) {
      sent.push(request);
      return { request, status: 200, headers: createHttpHeaders() };
    },
  };
}

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.10.3', '::1', '[::1]'])('%s is loopback', (h) => {
    expect(isLoopbackHost(h)).toBe(true);
  });
  it.each(['127.0.0.1.evil.example', 'localhost.evil.example', '128.0.0.1', '10.0.0.1', '127.0.0.256', '0.0.0.0', 'management.azure.com', '::2'])(
    '%s is not loopback',
    (h) => {
      expect(isLoopbackHost(h)).toBe(false);
    },
  );
});

describe('allowLoopbackHttp', () => {
  it('replaces the bearer policy and signs plain-http requests only to loopback hosts', async () => {
    const pipeline = createEmptyPipeline();
    allowLoopbackHttp(pipeline, staticCredential('loop-token'), ['https://management.azure.com/.default']);
    expect(pipeline.getOrderedPolicies().map((p) => p.name)).toEqual([loopbackBearerPolicyName]);
    const http = recordingClient();

    await pipeline.sendRequest(http, createPipelineRequest({ url: 'http://127.0.0.1:4510/subscriptions' }));
    expect(http.sent[0].headers.get('authorization')).toBe('Bearer loop-token');
    expect(http.sent[0].allowInsecureConnection).toBe(true);

    await expect(pipeline.sendRequest(http, createPipelineRequest({ url: 'http://arm.contoso.example/subscriptions' }))).rejects.toThrow(/only loopback/);
    expect(http.sent).toHaveLength(1);
  });

  it('leaves https to Azure’s own bearer policy', async () => {
    const pipeline = createEmptyPipeline();
    const credential = staticCredential('tls-token');
    allowLoopbackHttp(pipeline, credential, 'https://management.azure.com/.default');
    const http = recordingClient();
    await pipeline.sendRequest(http, createPipelineRequest({ url: 'https://management.azure.com/subscriptions' }));
    expect(http.sent[0].headers.get('authorization')).toBe('Bearer tls-token');
    expect(http.sent[0].allowInsecureConnection).toBeFalsy();
  });
});
