// Generators of the stress files: deterministic sources that push one cost to its limit.

/**
 * A deterministic pseudo-random generator (mulberry32): the same seed, the same files.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * `length` characters of the base64 alphabet, drawn from `random`.
 * @param {() => number} random
 * @param {number} length
 * @param {string} [alphabet]
 * @returns {string}
 */
export function randomChars(random, length, alphabet = BASE64) {
  const chars = new Array(length);
  for (let index = 0; index < length; index += 1) chars[index] = alphabet[Math.floor(random() * alphabet.length)];
  return chars.join('');
}

/**
 * A module with one string literal of `bytes` random base64 characters: the worst case
 * for a detector that scans or measures the entropy of every string.
 * @param {number} bytes
 * @returns {string}
 */
export function bigStringLiteral(bytes) {
  const random = seededRandom(1);
  return `// Stress: one string literal of ${bytes} characters.\nexport const blob = '${randomChars(random, bytes)}';\n`;
}

const WORDS = Object.freeze(['label', 'title', 'status', 'items', 'user', 'page', 'order', 'cache', 'retry', 'region']);
const MEDIA = Object.freeze(['application/json', 'text/plain', 'x-request-id', 'Bearer', 'utf8', 'GET', 'POST']);

/**
 * A module with `count` short string literals, ten to a line: words, short hex ids,
 * paths, header names and media types.
 * @param {number} count
 * @returns {string}
 */
export function manyShortStrings(count) {
  const random = seededRandom(2);
  const lines = [`// Stress: ${count} short string literals.`, 'export const strings = ['];
  let row = [];
  for (let index = 0; index < count; index += 1) {
    const word = WORDS[index % WORDS.length] ?? 'item';
    switch (index % 5) {
      case 0: {
        row.push(`'${word}-${index}'`);
        break;
      }
      case 1: {
        row.push(`'${randomChars(random, 8, '0123456789abcdef')}'`);
        break;
      }
      case 2: {
        row.push(`'/api/v1/${word}/${index}'`);
        break;
      }
      case 3: {
        row.push(`'${MEDIA[index % MEDIA.length] ?? 'GET'}'`);
        break;
      }
      default: {
        row.push(`'${randomChars(random, 12)}'`);
      }
    }
    if (row.length === 10) {
      lines.push(`  ${row.join(', ')},`);
      row = [];
    }
  }
  if (row.length > 0) lines.push(`  ${row.join(', ')},`);
  lines.push('];', '');
  return lines.join('\n');
}

/**
 * One block of ten lines of realistic client code: fetch, axios, fs, crypto and console
 * calls, token-ish names read from the environment, URLs with query strings.
 * @param {number} index
 * @returns {string[]}
 */
export function mixedBlock(index) {
  const word = WORDS[index % WORDS.length] ?? 'item';
  const variants = [
    [
      `export async function fetch${index}(userId) {`,
      `  const apiToken = process.env.SERVICE_API_TOKEN;`,
      `  const url = \`https://api.example.com/v1/${word}/\${userId}?page=${index}&limit=50\`;`,
      `  const response = await fetch(url, { headers: { Authorization: \`Bearer \${apiToken}\` } });`,
      `  const body = await response.json();`,
      `  console.log('${word} loaded', response.status, body.length);`,
      `  if (!response.ok) throw new Error(\`request ${index} failed: \${response.status}\`);`,
      `  return body;`,
      `}`,
    ],
    [
      `export async function search${index}(term) {`,
      `  const clientSecret = process.env.CLIENT_SECRET ?? '';`,
      `  const { data } = await axios.get('https://api.example.com/v2/search?sort=asc&q=' + term, {`,
      `    params: { page: ${index}, region: '${word}' },`,
      `    headers: { 'x-client-secret': clientSecret, 'x-request-id': '${word}-${index}' },`,
      `  });`,
      `  console.info('search ${index}', data.total);`,
      `  return data.items;`,
      `}`,
    ],
    [
      `export function readSettings${index}(directory) {`,
      `  const file = path.join(directory, 'settings-${index}.json');`,
      `  const text = fs.readFileSync(file, 'utf8');`,
      `  const digest = crypto.createHash('sha256').update(text).digest('hex');`,
      `  const settings = JSON.parse(text);`,
      `  settings.checksum = digest.slice(0, 12);`,
      `  fs.writeFileSync(path.join(directory, 'cache-${index}.json'), JSON.stringify(settings));`,
      `  return settings;`,
      `}`,
    ],
    [
      `export function decrypt${index}(payload) {`,
      `  const key = Buffer.from(process.env.DATA_KEY ?? '', 'base64');`,
      `  const iv = Buffer.from(payload.iv, 'hex');`,
      `  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);`,
      `  decipher.setAuthTag(Buffer.from(payload.tag, 'hex'));`,
      `  const text = decipher.update(payload.data, 'base64', 'utf8') + decipher.final('utf8');`,
      `  console.debug('decrypted record ${index}', text.length);`,
      `  return text;`,
      `}`,
    ],
    [
      `export function buildUrl${index}(base, accessToken) {`,
      `  const url = new URL('/oauth/${word}/callback?state=${index}', base);`,
      `  url.searchParams.set('page', String(${index}));`,
      `  const query = new URLSearchParams({ sort: 'desc', region: '${word}' });`,
      `  const masked = accessToken ? accessToken.slice(0, 4) + '…' : 'none';`,
      `  console.warn('callback for', url.pathname, 'token', masked);`,
      `  process.stdout.write(query.toString() + '\\n');`,
      `  return url.toString();`,
      `}`,
    ],
  ];
  return [...(variants[index % variants.length] ?? []), ''];
}

/**
 * A module of exactly `lines` lines (at least 5) of mixed client code.
 * @param {number} lines
 * @returns {string}
 */
export function mixedCalls(lines) {
  const out = [
    `// Stress: ${lines} lines of mixed fetch, axios, fs, crypto and console calls.`,
    `import axios from 'axios';`,
    `import fs from 'node:fs';`,
    `import path from 'node:path';`,
    `import crypto from 'node:crypto';`,
  ];
  for (let index = 0; out.length + 10 <= lines; index += 1) out.push(...mixedBlock(index));
  while (out.length < lines) out.push(`// filler ${out.length}`);
  return `${out.join('\n')}\n`;
}

/**
 * One helper and the function that calls it, the way application code splits its work: the
 * token, URL or path is made in one function and used in another, a client sits on `this`,
 * a path is joined from a root the caller is given. Every value reaches its sink through a
 * parameter or a field, so the analysis follows it across functions (the shape where a cost
 * per sibling function would show).
 * @param {number} index
 * @returns {string[]}
 */
export function helperPair(index) {
  const word = WORDS[index % WORDS.length] ?? 'item';
  const variants = [
    [
      `function request${index}(token, id) {`,
      `  const url = \`https://api.example.com/v1/${word}/\${id}?page=${index}\`;`,
      `  return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });`,
      `}`,
      `export function load${index}(id) {`,
      `  const token = process.env.SERVICE_API_TOKEN;`,
      `  return request${index}(token, id);`,
      `}`,
    ],
    [
      `function describe${index}(label, secret) {`,
      `  console.info(label, secret ? secret.slice(0, 4) + '…' : 'none');`,
      `}`,
      `export function audit${index}(session) {`,
      `  describe${index}('session ${index}', session.accessToken);`,
      `  return session.id;`,
      `}`,
    ],
    [
      `function cachePath${index}(root, name) {`,
      `  return path.join(root, 'cache', \`\${name}-${index}.json\`);`,
      `}`,
      `export function save${index}(root, record) {`,
      `  fs.writeFileSync(cachePath${index}(root, '${word}'), JSON.stringify({ id: record.id, size: record.size }));`,
      `}`,
    ],
    [
      `class Client${index} {`,
      `  constructor(http, apiKey) {`,
      `    this.http = http;`,
      `    this.apiKey = apiKey;`,
      `  }`,
      `  list(term) {`,
      `    return this.http.get('/v1/${word}', { params: { q: term, page: ${index} }, headers: { 'x-api-key': this.apiKey } });`,
      `  }`,
      `}`,
      `export function client${index}() {`,
      `  return new Client${index}(axios.create({ baseURL: 'https://api.example.com' }), process.env.SERVICE_API_KEY);`,
      `}`,
    ],
    [
      `function withQuery${index}(base, params) {`,
      `  const query = new URLSearchParams(params);`,
      `  return \`\${base}?\${query.toString()}\`;`,
      `}`,
      `export async function page${index}(base, cursor) {`,
      `  const response = await fetch(withQuery${index}(base, { cursor, region: '${word}' }));`,
      `  if (!response.ok) throw new Error(\`page ${index} failed: \${response.status}\`);`,
      `  return response.json();`,
      `}`,
    ],
  ];
  return [...(variants[index % variants.length] ?? []), ''];
}

/**
 * A module of `count` helpers, each with the function that calls it.
 * @param {number} count
 * @returns {string}
 */
export function helperCalls(count) {
  const out = [
    `// Stress: ${count} helpers, each called by another function of the module.`,
    `import axios from 'axios';`,
    `import fs from 'node:fs';`,
    `import path from 'node:path';`,
  ];
  for (let index = 0; index < count; index += 1) out.push(...helperPair(index));
  return `${out.join('\n')}\n`;
}

/**
 * A minified bundle `copies` times over: each copy of the real bundle (its source map
 * comment dropped) wrapped in its own function, all on as few lines as the bundle has.
 * @param {string} bundle
 * @param {number} copies
 * @returns {string}
 */
export function minifiedBundle(bundle, copies) {
  const body = bundle
    .split('\n')
    .filter((line) => !line.startsWith('//# sourceMappingURL='))
    .join('\n')
    .trimEnd();
  const parts = [];
  for (let copy = 0; copy < copies; copy += 1) parts.push(`;(function(){${body}\n})();`);
  return `${parts.join('')}\n`;
}

/**
 * The stress files, each kind at 1x and 2x, scaled down by `scale` for a quick run.
 * @param {number} scale 1 for a full run
 * @returns {{ kind: string, size: number, name: string, describe: string }[]}
 */
export function stressPlan(scale) {
  const stringBytes = Math.round(2 * 1024 * 1024 * scale);
  const literals = Math.round(100_000 * scale);
  const lines = Math.round(50_000 * scale);
  const helpers = Math.round(5000 * scale);
  /** @type {{ kind: string, size: number, name: string, describe: string }[]} */
  const plan = [];
  for (const size of [1, 2]) {
    plan.push(
      { kind: 'big-string', size, name: `big-string-${size}x.js`, describe: `one string literal of ${(size * stringBytes).toLocaleString('en-US')} chars` },
      { kind: 'short-strings', size, name: `short-strings-${size}x.js`, describe: `${(size * literals).toLocaleString('en-US')} short string literals` },
      { kind: 'mixed-calls', size, name: `mixed-calls-${size}x.js`, describe: `${(size * lines).toLocaleString('en-US')} lines of fetch/axios/fs/crypto/console calls` },
      { kind: 'minified', size, name: `minified-${size}x.js`, describe: `${size} cop${size === 1 ? 'y' : 'ies'} of a real minified bundle` },
      { kind: 'helpers', size, name: `helpers-${size}x.js`, describe: `${(size * helpers).toLocaleString('en-US')} helpers, each called by another function` },
    );
  }
  return plan;
}

/**
 * The source of one stress file of the plan.
 * @param {{ kind: string, size: number }} item
 * @param {number} scale
 * @param {string} bundle the real minified bundle
 * @returns {string}
 */
export function stressSource(item, scale, bundle) {
  switch (item.kind) {
    case 'big-string': {
      return bigStringLiteral(Math.round(2 * 1024 * 1024 * scale) * item.size);
    }
    case 'short-strings': {
      return manyShortStrings(Math.round(100_000 * scale) * item.size);
    }
    case 'mixed-calls': {
      return mixedCalls(Math.round(50_000 * scale) * item.size);
    }
    case 'minified': {
      return minifiedBundle(bundle, item.size);
    }
    case 'helpers': {
      return helperCalls(Math.round(5000 * scale) * item.size);
    }
    default: {
      throw new Error(`unknown stress kind ${item.kind}`);
    }
  }
}
