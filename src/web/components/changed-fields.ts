/** A form's values by field name, as the form holds them (text, choices, lists, flags). */
export type Fields = Record<string, unknown>;

/** Equal as values: lists in order, objects whatever their key order, everything else by `Object.is`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameValue((a as Fields)[k], (b as Fields)[k]));
}

/** The fields whose values differ between two versions, in the order of the first (then any new ones). */
export function changedFields<V extends Fields>(before: V, after: V): (keyof V & string)[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => !sameValue(before[k], after[k]));
}

/**
 * After a version conflict: what someone else changed (`theirs`, between the version the form was filled
 * from and the current one), and what of the user's own typing the current version does not already hold
 * (`yours`: fields she changed whose value now differs from theirs).
 */
export function conflictFields<V extends Fields>(
  base: V,
  yours: V,
  theirs: V,
): { theirs: (keyof V & string)[]; yours: (keyof V & string)[] } {
  return {
    theirs: changedFields(base, theirs),
    yours: changedFields(base, yours).filter((k) => !sameValue(yours[k], theirs[k])),
  };
}
