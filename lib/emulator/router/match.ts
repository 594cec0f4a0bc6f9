// Matches a request path against the route table. Literal segments compare case-insensitively
// (`resourcegroups` = `resourceGroups`, arm-contract.md §4); parameters keep the client's casing.
import { methodNotAllowed } from '../errors';
import type { Params, Route } from './route';

interface Compiled {
  route: Route;
  segments: { literal?: string; param?: string }[];
}

/** A route table compiled for matching. */
export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.pattern
        .split('/')
        .filter(Boolean)
        .map((s) => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s.toLowerCase() })),
    }));
  }

  private static matchSegments(c: Compiled, parts: string[]): Params | undefined {
    if (c.segments.length !== parts.length) return undefined;
    const params: Params = {};
    for (let i = 0; i < parts.length; i++) {
      const seg = c.segments[i];
      if (seg.literal !== undefined) {
        if (seg.literal !== parts[i].toLowerCase()) return undefined;
      } else if (seg.param) {
        params[seg.param] = parts[i];
      }
    }
    return params;
  }

  /** The first route matching method and path; 405 when only the method differs; undefined when nothing matches. */
  match(method: string, path: string): { route: Route; params: Params } | undefined {
    const parts = path.split('/').filter(Boolean);
    const lookup = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
    let pathMatched = false;
    for (const m of lookup) {
      for (const c of this.compiled) {
        const params = Router.matchSegments(c, parts);
        if (!params) continue;
        pathMatched = true;
        if (c.route.method === m) return { route: c.route, params };
      }
    }
    if (pathMatched) throw methodNotAllowed(method);
    return undefined;
  }
}
