/** The layout of an evidence package (docs/evidence-format.md). */

/** The index every package directory (or release) holds; the collect and load stages look for it. */
export const INDEX_FILE = 'update-evidence.yaml'
