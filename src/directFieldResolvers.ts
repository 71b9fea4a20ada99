import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ObjectTypeMetadata = Storage['objectTypes'][number];
type FieldMetadata = NonNullable<ObjectTypeMetadata['fields']>[number];
type Source = 'root' | 'context' | 'info';
type Method = (...params: unknown[]) => unknown;
/** A class, as type-graphql's metadata names resolvers and parameter types. */
type Class = abstract new (...args: never[]) => unknown;

/**
 * type-graphql calls a `@FieldResolver` through a wrapper that, on every call and row, builds a
 * context object, looks the resolver's instance up in a list, maps the parameters into a new
 * array and converts the parent to its class (issue 17: an eighth of what a members page
 * allocated). A field resolver that takes only `@Root()`, `@Ctx()` and `@Info()`, with no
 * middleware or roles, is called here directly on one instance of its class (resolver classes
 * hold no state; one whose constructor takes parameters keeps the wrapper and its container).
 * The wrapper stays for a parent that type-graphql would convert (one that is not an instance of
 * the `@Root()` type) and for every resolver taking arguments, which it converts and validates.
 *
 * Fields are matched to their resolver as type-graphql matches them: the class that declares
 * the field (the object type, or an interface it implements), and the method of that name.
 */
export function callFieldResolversDirectly(
  schema: GraphQLSchema,
  resolverClasses: readonly Class[],
): void {
  const storage = getMetadataStorage();
  const instances = new Map<Class, object>();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const [name, declared] of declaredFields(storage, objectType)) {
      const metadata = storage.fieldResolvers.find(
        (r) =>
          (r.kind === 'internal' || resolverClasses.includes(r.target as Class)) &&
          r.getObjectType?.() === declared.target &&
          r.methodName === declared.name,
      );
      const field = fields[name];
      // A constructor with parameters wants its dependencies from type-graphql's container.
      if (!metadata || !field?.resolve || (metadata.target as Class).length > 0) continue;
      let instance = instances.get(metadata.target as Class);
      if (!instance) instances.set(metadata.target as Class, (instance = newInstance(metadata)));
      field.resolve = direct(metadata, instance, field.resolve) ?? field.resolve;
    }
  }
}

/** The fields an object type declares, by schema name: its interfaces' first, then its own. */
function declaredFields(storage: Storage, objectType: ObjectTypeMetadata) {
  const declared = new Map<string, FieldMetadata>();
  const interfaces = storage.interfaceTypes.filter((i) =>
    objectType.interfaceClasses?.includes(i.target),
  );
  for (const i of interfaces) for (const f of i.fields ?? []) declared.set(f.schemaName, f);
  for (const f of objectType.fields ?? []) declared.set(f.schemaName, f);
  return declared;
}

function newInstance(metadata: FieldResolverMetadata): object {
  return new (metadata.target as new () => object)();
}

/** The direct call of `metadata`'s method, or undefined when only the wrapper can call it. */
function direct(
  metadata: FieldResolverMetadata,
  instance: object,
  wrapper: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  if (metadata.kind !== 'external' || metadata.middlewares?.length || metadata.roles) return;
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  const sources: Source[] = [];
  let rootType: Class | undefined;
  for (const [position, param] of params.entries()) {
    if (param.index !== position) return;
    if (param.kind === 'root' && param.propertyName === undefined) {
      rootType = (param.getType?.() as Class | undefined) ?? Object;
    } else if (!(param.kind === 'context' && !param.propertyName) && param.kind !== 'info') {
      return;
    }
    sources.push(param.kind);
  }
  const method = (instance as Record<string, Method>)[metadata.methodName].bind(instance);
  const call = callWith(method, sources);
  if (!call || typeof rootType !== 'function') return;
  const Root = rootType;
  return (root, args, context, info) =>
    root instanceof Root ? call(root, context, info) : wrapper(root, args, context, info);
}

/** `method` called with its parameters taken from (root, context, info) in `sources`' order. */
function callWith(
  method: Method,
  sources: readonly Source[],
): ((root: unknown, context: unknown, info: unknown) => unknown) | undefined {
  const at = (source: Source, root: unknown, context: unknown, info: unknown) =>
    source === 'root' ? root : source === 'context' ? context : info;
  const [a, b, c] = sources;
  switch (sources.length) {
    case 1:
      return (root, context, info) => method(at(a, root, context, info));
    case 2:
      return (root, context, info) =>
        method(at(a, root, context, info), at(b, root, context, info));
    case 3:
      return (root, context, info) =>
        method(at(a, root, context, info), at(b, root, context, info), at(c, root, context, info));
    default:
      return undefined;
  }
}
