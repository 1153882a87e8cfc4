import react from '@vitejs/plugin-react';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const generatedDocuments = fileURLToPath(
  new URL('src/graphql/generated/graphql.ts', import.meta.url),
);

/**
 * What codegen's babel/swc plugin does, for Vite: each `graphql(`…`)` call is replaced by its
 * precompiled document, copied from generated/graphql.ts. Without it every page (the shell too)
 * would load gql.ts's map of all the app's documents; with it, each chunk holds only its own.
 * Line breaks are kept, so source maps still point at the right lines.
 */
function graphqlDocuments(): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const definition = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
  const exported = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;
  let cache: { mtime: number; documents: Map<string, string> } | null = null;
  const documents = (): Map<string, string> => {
    const mtime = statSync(generatedDocuments).mtimeMs;
    if (cache?.mtime !== mtime) {
      const source = readFileSync(generatedDocuments, 'utf8');
      cache = {
        mtime,
        documents: new Map([...source.matchAll(exported)].map((match) => [match[1], match[2]])),
      };
    }
    return cache.documents;
  };
  return {
    name: 'fulcrum-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/graphql/generated/') || !code.includes('graphql(`'))
        return null;
      this.addWatchFile(generatedDocuments);
      let replaced = 0;
      const rewritten = code.replace(call, (whole, body: string) => {
        const found = definition.exec(body);
        const name = found && `${found[2]}${found[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const document = name ? documents().get(name) : undefined;
        if (!document)
          this.error(
            `${id}: no generated document for ${whole.slice(0, 60)}…; run nx run dashboard:codegen`,
          );
        replaced += 1;
        return `/*#__PURE__*/ (${document})${'\n'.repeat(whole.split('\n').length - 1)}`;
      });
      return replaced === 0 ? null : { code: rewritten, map: null };
    },
  };
}

// The API to proxy /graphql to in development (`FULCRUM_API_URL=http://localhost:3310 nx serve dashboard`).
const apiUrl = process.env.FULCRUM_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [graphqlDocuments(), react()],
  // The shared libraries the browser may use (tsconfig.base.json's paths, runtime:any).
  resolve: {
    alias: {
      '@fulcrum/access': fileURLToPath(new URL('../../libs/access/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Read by tools/bundle-size.mjs to measure what each route downloads.
    manifest: true,
    // The initial route stays small; recharts and each page load on demand (see AppRoutes).
    // The largest chunk is the shared vendor code (React, React Router, Apollo); see tools/bundle-size.mjs.
    chunkSizeWarningLimit: 450,
  },
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 4200),
    strictPort: true,
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
  preview: {
    port: Number(process.env.DASHBOARD_PORT ?? 4300),
    strictPort: true,
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
});
