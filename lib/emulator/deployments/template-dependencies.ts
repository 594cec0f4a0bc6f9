// `dependsOn`: each entry names another resource of the same template by its resource id, by
// `type/name` (what `resourceId()` would produce without the scope), or by bare name. Unknown names and
// cycles are 400 InvalidTemplate, as ARM reports them.
import { invalidTemplate } from './template-errors';

interface Dependable {
  index: number;
  type: string;
  name: string;
  id: string;
  dependsOn: number[];
}

function matches(r: Dependable, reference: string): boolean {
  const ref = reference.toLowerCase().replace(/^\/+|\/+$/g, '');
  const id = r.id.toLowerCase().replace(/^\/+/, '');
  const typeName = `${r.type}/${r.name}`.toLowerCase();
  return ref === id || ref === typeName || id.endsWith(`/${ref}`) || ref === r.name.toLowerCase();
}

/** Turns each resource's raw dependsOn strings into indices of other template resources. */
export function resolveDependsOn<T extends Dependable & { rawDependsOn: string[] }>(resources: T[]): Omit<T, 'rawDependsOn'>[] {
  return resources.map(({ rawDependsOn, ...resource }) => {
    const dependsOn = rawDependsOn.map((reference, i) => {
      const found = resources.filter((other) => other.index !== resource.index && matches(other, reference));
      if (found.length !== 1) {
        const why = found.length ? 'matches more than one resource' : 'is not defined in the template';
        throw invalidTemplate(`The resource '${reference}' referenced by 'resources[${resource.index}].dependsOn[${i}]' ${why}`, `resources[${resource.index}].dependsOn[${i}]`);
      }
      return found[0].index;
    });
    return { ...resource, dependsOn: [...new Set(dependsOn)] };
  });
}

/** Checks the dependency graph is acyclic and returns the indices in an order that respects it. */
export function orderByDependencies(resources: readonly Dependable[]): number[] {
  const state = new Map<number, 'visiting' | 'done'>();
  const order: number[] = [];
  const visit = (r: Dependable) => {
    if (state.get(r.index) === 'done') return;
    if (state.get(r.index) === 'visiting') throw invalidTemplate(`Circular dependency detected on resource: '${r.id}'`, `resources[${r.index}].dependsOn`);
    state.set(r.index, 'visiting');
    for (const dep of r.dependsOn) visit(resources.find((x) => x.index === dep)!);
    state.set(r.index, 'done');
    order.push(r.index);
  };
  for (const r of resources) visit(r);
  return order;
}
