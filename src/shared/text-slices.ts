/**
 * A long text in slices, for writing it out piece by piece: a stream encodes each write into a
 * buffer of its own size, so a 150 MB report written at once costs a 150 MB buffer on top of
 * the string (and, in the CLI, of the policy's wasm memory still alive); written in slices it
 * costs one slice. A slice never ends between the two halves of a surrogate pair (each half
 * written alone would be encoded as U+FFFD), so the slices encode to the bytes of the whole text.
 */

/** Characters per slice: 1 Mi. */
export const SLICE_CHARS = 1 << 20

export function* textSlices(text: string, size: number = SLICE_CHARS): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + Math.max(2, size))
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end--
    yield text.slice(start, end)
    start = end
  }
}
