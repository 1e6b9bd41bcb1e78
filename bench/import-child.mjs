// One import-time measurement in this fresh process, or the TypeScript loading check.
// Started by run.mjs, never by hand:  node bench/import-child.mjs <subject> <plugin entry URL>
// Prints one JSON object on stdout.
import { createRequire } from 'node:module';

const [subject = '', entry = ''] = process.argv.slice(2);
const require = createRequire(import.meta.url);
/** Is the `typescript` package in the CommonJS module cache (where @typescript-eslint/parser loads it)? */
const typescriptLoaded = () => Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]typescript[\\/]/u.test(file));

/** Reads every config object of `recommended`, as ESLint does when it loads a config file. */
const readRecommended = (/** @type {any} */ plugin) => {
  const configs = [...plugin.configs.recommended];
  return configs.reduce((count, config) => count + Object.keys(config.rules ?? {}).length, 0);
};

/** Wall and CPU milliseconds of `load()`. */
const timed = async (/** @type {() => Promise<unknown>} */ load) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await load();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
};

/** @type {Record<string, unknown>} */
let result;
switch (subject) {
  case 'eslint': {
    const { ms, cpuMs } = await timed(() => import('eslint'));
    result = { ms, cpuMs };
    break;
  }
  case 'plugin': {
    const { ms, cpuMs } = await timed(() => import(entry));
    result = { ms, cpuMs };
    break;
  }
  case 'plugin-configs': {
    const { ms, cpuMs, value } = await timed(async () => readRecommended((await import(entry)).default));
    result = { ms, cpuMs, rules: value };
    break;
  }
  case 'plugin-after-eslint': {
    await import('eslint');
    const { ms, cpuMs } = await timed(() => import(entry));
    result = { ms, cpuMs };
    break;
  }
  case 'typescript-check': {
    const { Linter } = await import('eslint');
    const steps = [];
    const plugin = (await import(entry)).default;
    steps.push(typescriptLoaded());
    const config = [...plugin.configs.recommended];
    readRecommended(plugin);
    steps.push(typescriptLoaded());
    const linter = new Linter();
    const code = "const token = process.env.API_TOKEN;\nfetch('https://api.own.example/v1?api_key=' + token);\n";
    const js = linter.verify(code, config, 'src/client.js');
    steps.push(typescriptLoaded());
    const ts = linter.verify(code.replace('const token', 'const token: string | undefined'), config, 'src/client.ts');
    steps.push(typescriptLoaded());
    result = { steps, jsFindings: js.map((message) => message.ruleId), tsFindings: ts.map((message) => message.ruleId) };
    break;
  }
  default: {
    throw new Error(`unknown subject ${subject}`);
  }
}
process.stdout.write(JSON.stringify({ subject, ...result }));
