// A Node loader that treats modules the way a React Server Components bundler does: a module that
// starts with 'use client' is not run on the server; its exports become client references.
// Used with `node --conditions=react-server --import ./test/package/client-references.mjs`.
import { register } from 'node:module';

const hooks = `
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || result.source === undefined) return result;
  const source = String(result.source);
  if (!/^\\s*['"]use client['"]/.test(source)) return result;
  const names = [...source.matchAll(/export\\s*\\{([^}]*)\\}/g)]
    .flatMap(([, list]) => list.split(','))
    .map((item) => item.trim().split(/\\s+as\\s+/).pop())
    .filter(Boolean);
  const stubs = names.map((name) => 'export const ' + name + ' = reference(' + JSON.stringify(name) + ');').join('\\n');
  return {
    format: 'module',
    shortCircuit: true,
    source: 'const reference = (name) => Object.defineProperties(() => { throw new Error(name + " is on the client"); }, { $$typeof: { value: Symbol.for("react.client.reference") }, $$id: { value: ' + JSON.stringify(url) + ' + "#" + name } });\\n' + stubs,
  };
}
`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
