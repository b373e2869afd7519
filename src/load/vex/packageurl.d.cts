// The type of packageurl.cjs: packageurl-js, required on first use.
declare const packageurl: () => typeof import('packageurl-js')
export = packageurl
