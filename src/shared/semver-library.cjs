// The `semver` package's SemVer class, required on first use rather than at start-up: loading it
// builds every regular expression of the package at every start, while a run that
// compares no versions under the semver scheme (an evaluation of the seed examples) never calls
// it. CommonJS, as yaml-library.cjs is, because only a require() can be deferred without making
// its callers asynchronous; the bundle runs the package's code on the first call (it stays in the
// bundle, where the keyless signer's chunk finds the rest of the package).
let SemVer
module.exports = () => (SemVer ??= require('semver/classes/semver.js'))
