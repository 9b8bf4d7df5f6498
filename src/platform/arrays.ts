/**
 * Indexed reads that the type checker can trust (`noUncheckedIndexedAccess` types `xs[i]` as `T | undefined`).
 */

/**
 * Reads the element at `index`, which the caller knows to be in range (a loop bound, a modulo, a random index
 * below the length).
 *
 * @param xs - the array
 * @param index - the position (negative counts from the end, as `Array.prototype.at`)
 * @returns the element
 * @throws RangeError when there is no element at `index`: the caller's reasoning was wrong, which is a bug to
 *   surface where it happens rather than an `undefined` to carry further
 */
export function itemAt<T>(xs: readonly T[], index: number): T {
  const item = xs.at(index);
  if (item === undefined) throw new RangeError(`no element at index ${index} of ${xs.length}`);
  return item;
}

/**
 * Picks an element by a uniform random number.
 *
 * @param xs - a non-empty array
 * @param random - a number in [0, 1), e.g. from a seeded generator
 * @returns the element at `floor(random × length)`
 * @throws RangeError when `xs` is empty
 */
export function pickItem<T>(xs: readonly T[], random: number): T {
  return itemAt(xs, Math.floor(random * xs.length));
}
