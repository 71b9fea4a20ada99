/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['reflect-metadata', '<rootDir>/test/setup-env.ts'],
  testTimeout: 60000,
  // Test files share nothing but the database server; each creates its own database.
  maxWorkers: 2,
};
