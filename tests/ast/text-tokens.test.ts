import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isCredentialCollection, isTextToken, isTextTokenMember, namesAlong } from '../../src/ast/text-tokens.js';
import { isTokenName } from '../../src/secrets/names.js';
import { isNonCredentialTokenName } from '../../src/secrets/non-credential-names.js';
import { runProbe } from './probe.js';

/** Credential names as the token-value analysis sees them, without options. */
const isCredential = (name: string): boolean => isTokenName(name) && !isNonCredentialTokenName(name);

/** Runs `judge` on the first argument of the last `probe(...)` call in `code`. */
function atProbe<T>(code: string, judge: (node: TSESTree.Node, scope: Parameters<typeof isTextToken>[1]) => T): T {
  let result: { value: T } | undefined;
  const filename = code.includes('/>') ? 'probe.tsx' : 'probe.ts';
  runProbe(code, (context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        result = { value: judge(argument, context.sourceCode.getScope(call)) };
      }
    },
  }), { filename });
  if (!result) throw new Error('no probe(...) call in the code');
  return result.value;
}

function textToken(code: string): boolean {
  return atProbe(code, (node, scope) => node.type === AST_NODE_TYPES.Identifier && isTextToken(node, scope, isCredential));
}

describe('isTextToken', () => {
  it.each([
    ['read for its type', 'function f(token) {\n  if (token.type === "Punctuator") return;\n  probe(token);\n}'],
    ['taken from a lexer', 'const token = this.nextToken();\nprobe(token);'],
    ['taken from a tokens array', 'let token;\ntoken = tokens[index];\nprobe(token);'],
    ['the loop variable over lexer tokens', 'for (const token of tokens) probe(token);'],
    ['a callback element of lexer tokens', 'tokens.forEach((token) => probe(token));'],
    ['the loop variable over a tokenizer', 'for (const token of lexer.tokenize(source)) probe(token);'],
    ['a streamed delta', 'for await (const chunk of stream) {\n  const token = chunk.choices[0]?.delta?.content || "";\n  probe(token);\n}'],
    ['an Anthropic text delta', 'const token = event.delta.text;\nprobe(token);'],
    ['a Gemini chunk text', 'const token = chunk.text();\nprobe(token);'],
    ['a text generation stream token', 'const token = output.token.text;\nprobe(token);'],
    ['a for await over a stream', 'for await (const token of llm.stream(prompt)) probe(token);'],
    ['a tokenizer decode', 'const token = tokenizer.decode([id]);\nprobe(token);'],
    ['a text decoder over a read chunk', 'const { value } = await reader.read();\nconst token = decoder.decode(value);\nprobe(token);'],
    ['a LangChain handler argument', 'const handler = { handleLLMNewToken(token) { probe(token); } };'],
    ['a LangChain handler method argument', 'class H {\n  handleLLMNewToken(token: string) { probe(token); }\n}'],
    ['an onToken argument', 'stream({ onToken: (token) => probe(token) });'],
    ['an onToken JSX attribute argument', 'const view = <Chat onToken={(token) => probe(token)} />;'],
    ['a data listener argument', 'stream.on("data", (token) => probe(token));'],
    ['a callback element of tokenizer pieces', 'const pieces = sp.encodePieces(text);\npieces.forEach((token) => probe(token));'],
    ['the loop variable over the words of a text', 'const words = text.toLowerCase().split(/\\s+/);\nfor (const token of words) probe(token);'],
  ])('takes a token %s for text', (_title, code) => {
    expect(textToken(code)).toBe(true);
  });

  it.each([
    ['with no evidence', 'function f(token) {\n  probe(token);\n}'],
    ['read from the environment', 'const token = process.env.OWN_API_TOKEN;\nprobe(token);'],
    ['the loop variable over credentials', 'for (const token of user.accessTokens) probe(token);'],
    ['a for await over credentials', 'for await (const token of client.paginateAccessTokens()) probe(token);'],
    ['taken from a credential array', 'const token = accessTokens[0];\nprobe(token);'],
    ['a text decoder over decrypted bytes', 'const token = decoder.decode(decrypted);\nprobe(token);'],
    ['a JWT encoder result', 'const token = jwtEncoder.encode(claims);\nprobe(token);'],
    ['a token refresh callback argument', 'messaging.onTokenRefresh((token) => probe(token));'],
    ['an onTokenRefreshed handler argument', 'const handlers = { onTokenRefreshed(token) { probe(token); } };'],
    ['a stream chunk member that names a credential', 'const token = chunk.accessToken;\nprobe(token);'],
    ['the loop variable over the parts of an Authorization header', "for (const token of req.headers.authorization.split(' ')) probe(token);"],
  ])('takes a token %s for a credential', (_title, code) => {
    expect(textToken(code)).toBe(false);
  });
});

describe('isTextTokenMember', () => {
  function member(code: string): boolean {
    return atProbe(code, (node) => node.type === AST_NODE_TYPES.MemberExpression && isTextTokenMember(node, isCredential));
  }

  it('takes a parser class token for text', () => {
    expect(member('class Parser {\n  next() { this.token = this.lexer.next(); }\n  fail() { probe(this.token); }\n}')).toBe(true);
    expect(member('class Parser {\n  fail() { if (this.token.kind === 1) return; probe(this.token); }\n}')).toBe(true);
  });

  it('takes a client class token for a credential', () => {
    expect(member('class Client {\n  constructor() { this.token = process.env.OWN_API_TOKEN; }\n  fail() { probe(this.token); }\n}')).toBe(false);
  });
});

describe('isCredentialCollection', () => {
  function collection(code: string): boolean {
    return atProbe(code, (node, scope) => isCredentialCollection(node, scope, isCredential));
  }

  it.each([
    ['a credential-named list', 'probe(config.apiKeys);'],
    ['a binding read from a credential store', 'const rows = await db.apiTokens.findAll();\nprobe(rows);'],
    ['a filtered credential list', 'probe(secrets.filter((s) => s.active));'],
  ])('finds %s', (_title, code) => {
    expect(collection(code)).toBe(true);
  });

  it.each([
    ['lexer tokens', 'probe(tokens);'],
    ['the keys of secrets', 'probe(Object.keys(secrets));'],
    ['ids mapped from credentials', 'probe(apiKeys.map((key) => key.id));'],
    ['a list of users', 'const users = await db.users.findAll();\nprobe(users);'],
    ['a list of challenge types in an auth config', 'probe(config.customAuth.challengeTypes);'],
    ['a list read from an auth config', 'const types = config.auth.challengeTypes;\nprobe(types);'],
  ])('does not take %s for credentials', (_title, code) => {
    expect(collection(code)).toBe(false);
  });
});

describe('namesAlong', () => {
  it('lists the members and calls of a chain, root first', () => {
    expect(atProbe('probe(chunk.choices[0]?.delta?.content);', (node) => namesAlong(node))).toEqual(['chunk', 'choices', 'delta', 'content']);
    expect(atProbe('probe(await db.apiTokens.findAll());', (node) => namesAlong(node))).toEqual(['db', 'apiTokens', 'findAll']);
    expect(atProbe('probe(this.lexer.next());', (node) => namesAlong(node))).toEqual(['this', 'lexer', 'next']);
  });
});
