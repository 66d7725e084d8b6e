// The compiler options of an app that uses the kit through its built declarations (dist/*.d.ts): the API reference
// reads them so (scripts/api-reference.mjs), and the docs' code blocks are checked so (scripts/readme-recipes.mjs).
export const consumerCompilerOptions = {
  target: 'es2022',
  lib: ['es2022', 'dom', 'dom.iterable'],
  module: 'esnext',
  moduleResolution: 'bundler',
  jsx: 'react-jsx',
  strict: true,
  skipLibCheck: true,
};
