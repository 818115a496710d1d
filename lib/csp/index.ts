// Content-Security-Policy for the static export. A static host cannot add per-request nonces, so each
// page allows exactly its own inline scripts by hash, computed at build time (scripts/csp.ts). The
// policy goes into a <meta http-equiv> in every page and, with the headers a <meta> cannot carry, into
// a `_headers` file for static hosts that read one (Netlify, Cloudflare Pages).
export {
  attributeValue,
  findScripts,
  hasInlineStyles,
  inlineScriptHashes,
  isExecutable,
  isInlineExecutable,
  scriptHash,
  type ScriptElement,
} from './html';
export {
  buildPolicy,
  insertCspMeta,
  policyInputFor,
  readCspMeta,
  type PolicyInput,
} from './policy';
export {
  SITE_WIDE_HEADERS,
  headersFile,
  headersForPath,
  parseHeadersFile,
  type PagePolicy,
} from './headers';
