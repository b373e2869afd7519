// The `yaml` library, required on first use rather than at start-up: loading it sets up its
// schemas and node classes (a few ms of every run), while a run whose YAML the js-yaml fast path
// reads (src/shared/parse.ts) never calls it. CommonJS, because only a require() can be
// deferred without making its callers asynchronous; the bundle keeps it lazy.
let lib
module.exports = () => (lib ??= require('yaml'))
