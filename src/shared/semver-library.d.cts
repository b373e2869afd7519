// The type of semver-library.cjs: the `semver` package's SemVer class, required on first use.
declare const semverClass: () => typeof import('semver/classes/semver.js')
export = semverClass
