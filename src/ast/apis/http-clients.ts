import type { ApiGroup, ApiSpec } from '../calls.js';
import { defineApiGroup } from '../calls.js';

/**
 * The calls that send an HTTP request, as data: where each call takes its URL, its
 * options object, and which options of that client add to the URL (`params`,
 * `searchParams`, `query`) or hold it (`url`, `baseURL`, `prefixUrl`, `path`).
 */

/** What a client's options object may hold that ends up in the URL. */
export interface RequestOptionKeys {
  /** Options whose value is a URL or a path with a query (`url`, `baseURL`, `path`). */
  readonly url: readonly string[];
  /** Options whose value is a set of query parameters (`params`, `searchParams`, `query`). */
  readonly params: readonly string[];
}

/** A mechanical fix that moves a query token into a header exists for these call shapes. */
export type HeaderSuggestion = 'fetch' | 'axios';

export interface HttpSinkSpec extends ApiSpec {
  /** The argument with the URL (a string or a `URL`). */
  readonly url?: number;
  /** The argument with the options object. */
  readonly options?: number;
  /**
   * The URL argument may be the options object instead (`axios(config)`, `got({ url })`,
   * `https.get({ path })`): an object literal there is read as options, and the options
   * argument is then ignored.
   */
  readonly urlOrOptions?: boolean;
  /** Methods chained on the returned request that add query parameters (`superagent.get(u).query(p)`). */
  readonly chainedParams?: readonly string[];
  /** The call itself adds query parameters from this argument (`req.query(p)`). */
  readonly params?: number;
  readonly optionKeys: RequestOptionKeys;
  readonly suggestion?: HeaderSuggestion;
  /** The call makes a client whose defaults (`axios.create({ params })`) apply to every request. */
  readonly defaults?: boolean;
}

const NO_OPTIONS: RequestOptionKeys = Object.freeze({ url: [], params: [] });
const FETCH_OPTIONS = NO_OPTIONS;
const AXIOS_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['url', 'baseURL'], params: ['params'] });
const GOT_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['url', 'prefixUrl'], params: ['searchParams'] });
const KY_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['prefixUrl'], params: ['searchParams'] });
const NODE_HTTP_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['path'], params: [] });
const UNDICI_REQUEST_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['path'], params: ['query'] });
const OFETCH_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['baseURL'], params: ['query', 'params'] });
const REQUEST_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['url', 'uri', 'baseUrl'], params: ['qs'] });
const GRAPHQL_REQUEST_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['url'], params: [] });
const SOCKET_IO_OPTIONS: RequestOptionKeys = Object.freeze({ url: [], params: ['query'] });
const JQUERY_OPTIONS: RequestOptionKeys = Object.freeze({ url: ['url'], params: [] });
const ANGULAR_OPTIONS: RequestOptionKeys = Object.freeze({ url: [], params: ['params'] });
/** For sinks a user adds by option: the common names of every client above. */
export const GENERIC_OPTIONS: RequestOptionKeys = Object.freeze({
  url: ['url', 'baseURL', 'baseUrl', 'prefixUrl', 'path'],
  params: ['params', 'searchParams', 'query', 'qs'],
});

type Extra = Omit<HttpSinkSpec, 'id' | 'module' | 'path' | 'kind' | 'instanceOf'>;

function sink(id: string, module: string | undefined, path: readonly string[], extra: Extra, kind: ApiSpec['kind'] = 'call'): HttpSinkSpec {
  return Object.freeze({ id, ...(module === undefined ? {} : { module }), path: Object.freeze([...path]), kind, ...extra });
}

function instanceSink(id: string, module: string, factory: readonly string[], path: readonly string[], extra: Extra): HttpSinkSpec {
  return Object.freeze({
    id,
    module,
    path: Object.freeze([...path]),
    kind: 'call',
    instanceOf: Object.freeze({ path: Object.freeze([...factory]), kind: 'call' }),
    ...extra,
  });
}

/** Methods of a client class that the file is handed by dependency injection and never constructs. */
function injectedClientSpecs(module: string, className: string, methods: readonly (readonly [string, Extra])[]): HttpSinkSpec[] {
  return methods.map(([method, extra]) =>
    Object.freeze({
      id: `${module}.${className}.${method}`,
      module,
      path: Object.freeze([method]),
      kind: 'call' as const,
      instanceOf: Object.freeze({ path: Object.freeze([className]), kind: 'construct' as const, injected: true }),
      ...extra,
    }),
  );
}

const AXIOS_URL_CONFIG = ['get', 'delete', 'head', 'options'] as const;
const AXIOS_URL_DATA_CONFIG = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'] as const;

function axiosSpecs(prefix: string, make: (id: string, path: readonly string[], extra: Extra) => HttpSinkSpec): HttpSinkSpec[] {
  const base = { optionKeys: AXIOS_OPTIONS, suggestion: 'axios' as const };
  return [
    make(prefix, [], { ...base, url: 0, options: 1, urlOrOptions: true }),
    make(`${prefix}.request`, ['request'], { ...base, options: 0 }),
    ...AXIOS_URL_CONFIG.map((method) => make(`${prefix}.${method}`, [method], { ...base, url: 0, options: 1 })),
    ...AXIOS_URL_DATA_CONFIG.map((method) => make(`${prefix}.${method}`, [method], { ...base, url: 0, options: 2 })),
  ];
}

const GOT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate'] as const;
const KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;
const SUPERAGENT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'] as const;
const FETCH_MODULES = ['node-fetch', 'cross-fetch', 'isomorphic-fetch'] as const;

function clientSpecs(
  module: string,
  factories: readonly string[],
  methods: readonly string[],
  extra: Extra,
): HttpSinkSpec[] {
  const direct = [sink(module, module, [], extra), ...methods.map((method) => sink(`${module}.${method}`, module, [method], extra))];
  const defaults = factories.map((factory) => sink(`${module}.${factory}`, module, [factory], { optionKeys: extra.optionKeys, options: 0, defaults: true }));
  const instances = factories.flatMap((factory) => [
    instanceSink(`${module}.${factory}()`, module, [factory], [], extra),
    ...methods.map((method) => instanceSink(`${module}.${factory}().${method}`, module, [factory], [method], extra)),
  ]);
  return [...direct, ...defaults, ...instances];
}

export const HTTP_SINK_SPECS: readonly HttpSinkSpec[] = Object.freeze([
  sink('fetch', undefined, ['fetch'], { url: 0, options: 1, optionKeys: FETCH_OPTIONS, suggestion: 'fetch' }),
  sink('Request', undefined, ['Request'], { url: 0, options: 1, optionKeys: FETCH_OPTIONS }, 'construct'),
  sink('undici.fetch', 'undici', ['fetch'], { url: 0, options: 1, optionKeys: FETCH_OPTIONS, suggestion: 'fetch' }),
  sink('undici.request', 'undici', ['request'], { url: 0, options: 1, urlOrOptions: true, optionKeys: UNDICI_REQUEST_OPTIONS }),
  sink('undici.Request', 'undici', ['Request'], { url: 0, options: 1, optionKeys: FETCH_OPTIONS }, 'construct'),
  ...FETCH_MODULES.map((module) => sink(module, module, [], { url: 0, options: 1, optionKeys: FETCH_OPTIONS, suggestion: 'fetch' })),
  ...axiosSpecs('axios', (id, path, extra) => sink(id, 'axios', path, extra)),
  sink('axios.create', 'axios', ['create'], { options: 0, optionKeys: AXIOS_OPTIONS, suggestion: 'axios', defaults: true }),
  ...axiosSpecs('axios.create()', (id, path, extra) => instanceSink(id, 'axios', ['create'], path, extra)),
  ...['http', 'https'].flatMap((module) =>
    ['get', 'request'].map((method) =>
      sink(`${module}.${method}`, module, [method], { url: 0, options: 1, urlOrOptions: true, optionKeys: NODE_HTTP_OPTIONS }),
    ),
  ),
  ...clientSpecs('got', ['extend'], GOT_METHODS, { url: 0, options: 1, urlOrOptions: true, optionKeys: GOT_OPTIONS }),
  ...clientSpecs('ky', ['create', 'extend'], KY_METHODS, { url: 0, options: 1, optionKeys: KY_OPTIONS }),
  sink('superagent', 'superagent', [], { url: 1, chainedParams: ['query'], optionKeys: NO_OPTIONS }),
  ...SUPERAGENT_METHODS.flatMap((method) => [
    sink(`superagent.${method}`, 'superagent', [method], { url: 0, chainedParams: ['query'], optionKeys: NO_OPTIONS }),
    instanceSink(`superagent.${method}().query`, 'superagent', [method], ['query'], { params: 0, optionKeys: NO_OPTIONS }),
  ]),
  // Clients handed over by dependency injection: NestJS's HttpService (axios underneath) and Angular's HttpClient.
  ...injectedClientSpecs('@nestjs/axios', 'HttpService', [
    ['get', { url: 0, options: 1, optionKeys: AXIOS_OPTIONS }],
    ['delete', { url: 0, options: 1, optionKeys: AXIOS_OPTIONS }],
    ['head', { url: 0, options: 1, optionKeys: AXIOS_OPTIONS }],
    ['post', { url: 0, options: 2, optionKeys: AXIOS_OPTIONS }],
    ['put', { url: 0, options: 2, optionKeys: AXIOS_OPTIONS }],
    ['patch', { url: 0, options: 2, optionKeys: AXIOS_OPTIONS }],
    ['request', { options: 0, optionKeys: AXIOS_OPTIONS }],
  ]),
  ...injectedClientSpecs('@angular/common/http', 'HttpClient', [
    ['get', { url: 0, options: 1, optionKeys: ANGULAR_OPTIONS }],
    ['delete', { url: 0, options: 1, optionKeys: ANGULAR_OPTIONS }],
    ['head', { url: 0, options: 1, optionKeys: ANGULAR_OPTIONS }],
    ['options', { url: 0, options: 1, optionKeys: ANGULAR_OPTIONS }],
    ['jsonp', { url: 0, optionKeys: NO_OPTIONS }],
    ['post', { url: 0, options: 2, optionKeys: ANGULAR_OPTIONS }],
    ['put', { url: 0, options: 2, optionKeys: ANGULAR_OPTIONS }],
    ['patch', { url: 0, options: 2, optionKeys: ANGULAR_OPTIONS }],
    ['request', { url: 1, options: 2, optionKeys: ANGULAR_OPTIONS }],
  ]),
  // graphql-request: the endpoint is given to the client, or to each request() call.
  sink('graphql-request.GraphQLClient', 'graphql-request', ['GraphQLClient'], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  ...['request', 'rawRequest'].map((name) =>
    sink(`graphql-request.${name}`, 'graphql-request', [name], { url: 0, urlOrOptions: true, options: 0, optionKeys: GRAPHQL_REQUEST_OPTIONS }),
  ),
  // ofetch, and Nuxt's auto-imported $fetch / useFetch.
  ...['ofetch', '$fetch'].flatMap((name) => [
    sink(`ofetch.${name}`, 'ofetch', [name], { url: 0, options: 1, optionKeys: OFETCH_OPTIONS }),
    instanceSink(`ofetch.${name}.create()`, 'ofetch', [name, 'create'], [], { url: 0, options: 1, optionKeys: OFETCH_OPTIONS }),
  ]),
  ...['$fetch', 'useFetch', 'useLazyFetch'].map((name) => sink(name, undefined, [name], { url: 0, options: 1, optionKeys: OFETCH_OPTIONS })),
  // needle: needle(method, url, data, options), needle.get(url, options), needle.post(url, data, options).
  sink('needle', 'needle', [], { url: 1, optionKeys: NO_OPTIONS }),
  sink('needle.request', 'needle', ['request'], { url: 1, optionKeys: NO_OPTIONS }),
  ...['get', 'head', 'delete', 'post', 'put', 'patch'].map((method) => sink(`needle.${method}`, 'needle', [method], { url: 0, optionKeys: NO_OPTIONS })),
  // request and request-promise: request(url | { url, qs }), request.get(...).
  ...['request', 'request-promise', 'request-promise-native'].flatMap((module) => [
    sink(module, module, [], { url: 0, options: 1, urlOrOptions: true, optionKeys: REQUEST_OPTIONS }),
    ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].map((method) =>
      sink(`${module}.${method}`, module, [method], { url: 0, options: 1, urlOrOptions: true, optionKeys: REQUEST_OPTIONS }),
    ),
  ]),
  // jQuery's Ajax helpers on the globals $ and jQuery.
  ...['$', 'jQuery'].flatMap((global) => [
    sink(`${global}.ajax`, undefined, [global, 'ajax'], { url: 0, options: 1, urlOrOptions: true, optionKeys: JQUERY_OPTIONS }),
    ...['get', 'getJSON', 'post', 'getScript'].map((method) => sink(`${global}.${method}`, undefined, [global, method], { url: 0, optionKeys: NO_OPTIONS })),
  ]),
  // SWR: the key is the URL its fetcher requests (`useSWR(url, (u) => fetch(u).then(...))`).
  sink('swr', 'swr', [], { url: 0, optionKeys: NO_OPTIONS }),
  sink('swr.useSWR', 'swr', ['useSWR'], { url: 0, optionKeys: NO_OPTIONS }),
  sink('swr/immutable', 'swr/immutable', [], { url: 0, optionKeys: NO_OPTIONS }),
  // Connections that carry the token in their URL for their whole life.
  sink('WebSocket', undefined, ['WebSocket'], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  sink('EventSource', undefined, ['EventSource'], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  ...['ws', 'isomorphic-ws'].flatMap((module) => [
    sink(module, module, [], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
    sink(`${module}.WebSocket`, module, ['WebSocket'], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  ]),
  sink('eventsource', 'eventsource', [], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  sink('eventsource.EventSource', 'eventsource', ['EventSource'], { url: 0, optionKeys: NO_OPTIONS }, 'construct'),
  ...['', 'io', 'connect'].map((name) =>
    sink(`socket.io-client${name === '' ? '' : `.${name}`}`, 'socket.io-client', name === '' ? [] : [name], { url: 0, options: 1, optionKeys: SOCKET_IO_OPTIONS }),
  ),
  Object.freeze({
    id: 'XMLHttpRequest.open',
    path: Object.freeze(['open']),
    kind: 'call',
    instanceOf: Object.freeze({ path: Object.freeze(['XMLHttpRequest']), kind: 'construct' }),
    url: 1,
    optionKeys: NO_OPTIONS,
  }) satisfies HttpSinkSpec,
]);

/** Every HTTP request API, compiled once for call tracking. */
export const HTTP_SINK_APIS: ApiGroup = defineApiGroup(HTTP_SINK_SPECS);

/** An extra sink a user declares: a module and the functions of it that send a request. */
export interface AdditionalSink {
  readonly module: string;
  readonly functions: readonly string[];
}

export interface HttpSinkTable {
  readonly group: ApiGroup;
  readonly specs: ReadonlyMap<string, HttpSinkSpec>;
}

function tableOf(specs: readonly HttpSinkSpec[]): HttpSinkTable {
  return Object.freeze({ group: defineApiGroup(specs), specs: new Map(specs.map((entry) => [entry.id, entry])) });
}

/** The built-in sinks as a table. */
export const HTTP_SINKS: HttpSinkTable = tableOf(HTTP_SINK_SPECS);

const additionalCache = new Map<string, HttpSinkTable>();
const CACHE_LIMIT = 32;

/**
 * The user's extra sinks compiled into their own API group, cached per option value:
 * `{ module: 'my-http', functions: ['get', ''] }` tracks `myHttp.get(url, options)` and,
 * for `''`, the module called itself. The URL is the first argument, options the second.
 */
export function compileAdditionalSinks(sinks: readonly AdditionalSink[]): HttpSinkTable | undefined {
  if (sinks.length === 0) {
    return undefined;
  }
  const key = JSON.stringify(sinks);
  const cached = additionalCache.get(key);
  if (cached) {
    return cached;
  }
  const specs = sinks.flatMap(({ module, functions }) =>
    functions.map((name) =>
      sink(`custom:${module}:${name}`, module.replace(/^node:/u, ''), name === '' ? [] : name.split('.'), {
        url: 0,
        options: 1,
        urlOrOptions: true,
        optionKeys: GENERIC_OPTIONS,
      }),
    ),
  );
  const unique = [...new Map(specs.map((entry) => [entry.id, entry])).values()];
  const table = tableOf(unique);
  if (additionalCache.size >= CACHE_LIMIT) {
    additionalCache.clear();
  }
  additionalCache.set(key, table);
  return table;
}
