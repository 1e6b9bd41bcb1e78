import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CHILD_PROCESS_APIS, getCommandShape, getCommandShapes, programNameOf } from '../../../src/ast/apis/child-process.js';
import { iterateTrackedCalls } from '../../../src/ast/calls.js';
import { HOLE, shapeText } from '../../../src/ast/static-string.js';
import { probeProgram } from '../probe.js';

interface Rendered {
  readonly program: string | undefined;
  readonly programName: string | undefined;
  readonly args: string[];
}

function commandsOf(code: string): Rendered[][] {
  return probeProgram(code, (context) =>
    [...iterateTrackedCalls(context.sourceCode, CHILD_PROCESS_APIS)].map((call) =>
      getCommandShapes(call, context.sourceCode.getScope(call.node)).map((command) => ({
        program: command.program,
        programName: command.programName,
        args: command.args.map(shapeText),
      })),
    ),
  );
}

describe('getCommandShapes', () => {
  it('splits a shell string into program and arguments, removing quotes', () => {
    const code = `import { execSync } from 'node:child_process';
execSync('curl -s -H "Accept: application/json" \\'https://api.example.com/v1?x=1\\'');`;
    expect(commandsOf(code)).toEqual([
      [{ program: 'curl', programName: 'curl', args: ['-s', '-H', 'Accept: application/json', 'https://api.example.com/v1?x=1'] }],
    ]);
  });

  it('keeps a template expression as a hole inside its word', () => {
    const code = `const { exec } = require('child_process');
exec(\`curl "https://api.example.com/items?token=\${token}" -o out.json\`, () => {});`;
    expect(commandsOf(code)).toEqual([
      [{ program: 'curl', programName: 'curl', args: [`https://api.example.com/items?token=${HOLE}`, '-o', 'out.json'] }],
    ]);
  });

  it('splits commands at && and pipes and skips environment assignments', () => {
    const code = `const cp = require('child_process');
cp.exec('cd /tmp && LANG=C /usr/bin/curl -s https://example.com | jq .name');`;
    expect(commandsOf(code)).toEqual([
      [
        { program: 'cd', programName: 'cd', args: ['/tmp'] },
        { program: '/usr/bin/curl', programName: 'curl', args: ['-s', 'https://example.com'] },
        { program: 'jq', programName: 'jq', args: ['.name'] },
      ],
    ]);
  });

  it('reads a program and an argument array, following consts and spreads', () => {
    const code = `import { spawn, execFileSync } from 'child_process';
const common = ['-s', '--fail'];
const args = [...common, url, ...rest];
spawn('curl', args);
execFileSync('openssl', ['enc', '-d', '-pass', \`pass:\${secret}\`]);`;
    expect(commandsOf(code)).toEqual([
      [{ program: 'curl', programName: 'curl', args: ['-s', '--fail', HOLE, HOLE] }],
      [{ program: 'openssl', programName: 'openssl', args: ['enc', '-d', '-pass', `pass:${HOLE}`] }],
    ]);
  });

  it('treats spawn with shell: true and no array as a shell string', () => {
    const code = `import { spawnSync } from 'child_process';
spawnSync('curl -s https://example.com', { shell: true });`;
    expect(commandsOf(code)).toEqual([[{ program: 'curl', programName: 'curl', args: ['-s', 'https://example.com'] }]]);
  });

  it('gives an unknown program for a computed command and nothing for no argument', () => {
    const code = `import { spawn, exec } from 'child_process';
spawn(tool, ['--version']);
exec();`;
    expect(commandsOf(code)).toEqual([[{ program: undefined, programName: undefined, args: ['--version'] }], []]);
  });

  it('resolves a plain call expression through its import', () => {
    const code = `import { execFile } from 'node:child_process';
execFile('curl', ['https://example.com']);
notChildProcess('curl x');`;
    const result = probeProgram(code, (context, program) =>
      program.body.map((statement) =>
        statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression
          ? getCommandShape(statement.expression, context.sourceCode.getScope(statement))?.programName
          : 'skip',
      ),
    );
    expect(result).toEqual(['skip', 'curl', undefined]);
  });
});

describe('programNameOf', () => {
  it('strips the folder and .exe', () => {
    expect(programNameOf('C:\\tools\\curl.exe')).toBe('curl');
    expect(programNameOf(undefined)).toBeUndefined();
  });
});
