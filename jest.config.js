// ESM + TypeScript through ts-jest, as in the actions/typescript-action template.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Builds (once) and puts on PATH the opa the policy tests need; see the file.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  // Removes the temp dirs each test file made (test/helpers.ts tempDir).
  setupFilesAfterEnv: ['<rootDir>/test/support/clean-temps.ts'],
  collectCoverageFrom: ['src/**/*.ts'],
  verbose: false
}
