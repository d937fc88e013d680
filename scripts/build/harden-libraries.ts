/**
 * Build-time hardening of two libraries so that the shipped bundles hold no code-from-string
 * and no HTML sink at all — what `web-ext lint` and store reviewers check, and what Vahti's
 * lint already forbids in its own code:
 *
 * - zod probes whether `new Function` works (to compile faster validators). Extension pages
 *   forbid eval by CSP, so the probe always fails there; answering `false` up front keeps the
 *   behaviour and removes the eval.
 * - Preact implements `dangerouslySetInnerHTML` with an `innerHTML` assignment. Vahti never
 *   uses that prop (lint rule), so the branch becomes a throw: no page or list text can reach
 *   an HTML sink even through a future mistake.
 *
 * Each rewrite must find its exact text: after a library upgrade that changes it, the build
 * fails here instead of silently shipping the old code.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** The module whose path ends like this. */
  file: string;
  find: string;
  replace: string;
}

const REWRITES: readonly Rewrite[] = [
  {
    file: '/zod/v4/core/util.js',
    find: 'const F = Function;\n        new F("");\n        return true;',
    replace: 'return false; // extension CSP forbids eval (scripts/build/harden-libraries.ts)',
  },
  {
    file: '/preact/dist/preact.mjs',
    find: '(t.innerHTML=h.__html)',
    replace: '(()=>{throw Error("Vahti renders no raw HTML")})()',
  },
];

export function hardenLibraries(): Plugin {
  return {
    name: 'vahti:harden-libraries',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const rewrite = REWRITES.find((r) => path.endsWith(r.file));
      if (!rewrite) return null;
      if (!code.includes(rewrite.find)) {
        throw new Error(`harden-libraries: ${rewrite.file} changed; review the rewrite in scripts/build/harden-libraries.ts`);
      }
      return { code: code.replace(rewrite.find, rewrite.replace), map: null };
    },
  };
}
