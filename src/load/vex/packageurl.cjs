// packageurl-js, required on first use rather than at start-up: loading it builds an
// Intl.Collator (ICU collation data, about 7 ms of every run in a CPU profile of the seed
// package) though only packages that name a purl parse one. CommonJS, because only a require()
// can be deferred without making its callers asynchronous; the bundle keeps it lazy.
let lib
module.exports = () => (lib ??= require('packageurl-js'))
