// GET /metadata/endpoints?api-version=…: ARM's cloud metadata with the emulator's own URLs, so tools that
// discover a cloud from its ARM endpoint accept the emulator as one. Anonymous, like ARM's.
// - 2015-01-01 is what `az cloud register --endpoint-resource-manager` reads (msrestazure
//   _populate_from_metadata_endpoint): galleryEndpoint, graphEndpoint, authentication.loginEndpoint and
//   authentication.audiences[0], which becomes the resource az asks managed identity for a token for.
// - 2019-05-01 answers a list of clouds (az's ARM_CLOUD_METADATA_URL reads it); 2020-06-01 and later one cloud.
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';

/** api-versions of the metadata endpoint. */
export const METADATA_API_VERSIONS = ['2015-01-01', '2018-01-01', '2019-05-01', '2020-06-01', '2022-09-01'] as const;

/** The cloud's name in the list form. */
export const EMULATOR_CLOUD_NAME = 'ArmEmulator';

/** Token audiences ARM accepts (the first is the one az requests tokens for). */
export const ARM_AUDIENCES = ['https://management.core.windows.net/', 'https://management.azure.com/'];

function cloud(base: string): Record<string, unknown> {
  return {
    name: EMULATOR_CLOUD_NAME,
    resourceManager: base,
    portal: base,
    gallery: base,
    graph: base,
    graphAudience: base,
    microsoftGraphResourceId: base,
    authentication: { loginEndpoint: base, audiences: ARM_AUDIENCES, tenant: 'common', identityProvider: 'AAD' },
    suffixes: {},
  };
}

/** GET /metadata/endpoints. */
export function cloudMetadataHandler(ctx: RequestContext): OperationResult {
  const base = `${ctx.baseUrl}/`;
  if (ctx.apiVersion === '2015-01-01' || ctx.apiVersion === '2018-01-01') {
    return {
      status: 200,
      body: {
        galleryEndpoint: base,
        graphEndpoint: base,
        portalEndpoint: base,
        authentication: { loginEndpoint: base, audiences: ARM_AUDIENCES },
      },
    };
  }
  return { status: 200, body: ctx.apiVersion === '2019-05-01' ? [cloud(base)] : cloud(base) };
}
