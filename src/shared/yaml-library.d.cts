// The type of yaml-library.cjs: the `yaml` library, required on first use.
declare const yamlLibrary: () => typeof import('yaml')
export = yamlLibrary
