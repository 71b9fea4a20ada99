import {
  FieldNode,
  FragmentDefinitionNode,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * The depth limit inside `__schema`, which graphql-armor's depth rule leaves out so that the
 * explorer's standard introspection query (15 levels of `ofType`) fits. `ofType` adds no level:
 * it only unwraps list and non-null types, so its chain is as short as the schema's wrappers.
 * Every other field nested in `__schema` counts, because `types { fields { type { fields … } } }`
 * multiplies with each level. Each fragment's depth is computed once and reused at every spread,
 * so the rule is linear in the document.
 */
export function introspectionDepthRule(
  max: number,
  refuse: (context: ValidationContext, depth: number) => void,
): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const known = new Map<string, number>();
    const inProgress = new Set<string>();

    const fragmentDepth = (name: string): number => {
      const cached = known.get(name);
      if (cached !== undefined) return cached;
      if (inProgress.has(name)) return 0; // a cycle, refused by NoFragmentCyclesRule
      inProgress.add(name);
      const depth = depthOf(fragments.get(name)?.selectionSet);
      inProgress.delete(name);
      known.set(name, depth);
      return depth;
    };

    function depthOf(set: SelectionSetNode | undefined): number {
      let deepest = 0;
      for (const selection of set?.selections ?? []) {
        const depth =
          selection.kind === Kind.FIELD
            ? (selection.name.value === 'ofType' ? 0 : 1) + depthOf(selection.selectionSet)
            : selection.kind === Kind.INLINE_FRAGMENT
              ? depthOf(selection.selectionSet)
              : fragmentDepth(selection.name.value);
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    }

    return {
      Field(node: FieldNode) {
        if (node.name.value !== '__schema') return;
        const depth = 1 + depthOf(node.selectionSet);
        if (depth > max) refuse(context, depth);
      },
    };
  };
}
