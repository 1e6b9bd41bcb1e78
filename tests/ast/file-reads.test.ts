import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { FILE_READ_APIS, FILE_READ_SPECS, getFileRead, getFileReadSpec } from '../../src/ast/apis/file-reads.js';
import { iterateTrackedCalls } from '../../src/ast/calls.js';
import { probeProgram } from './probe.js';

function readsIn(code: string): string[] {
  return probeProgram(code, (context) => [...iterateTrackedCalls(context.sourceCode, FILE_READ_APIS)].map((call) => call.api));
}

describe('FILE_READ_APIS', () => {
  it('declares unique ids, each with a file source', () => {
    const ids = FILE_READ_SPECS.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getFileReadSpec(id)?.file.argument).toBe(0);
    expect(getFileReadSpec('dotenv.config')?.file).toEqual({ argument: 0, property: 'path' });
    expect(getFileReadSpec('no-such-api')).toBeUndefined();
  });

  it.each([
    ["import fs from 'node:fs';\nfs.readFileSync(p);", 'fs.readFileSync'],
    ["import { createReadStream } from 'fs';\ncreateReadStream(p);", 'fs.createReadStream'],
    ["const fs = require('fs');\nfs.openSync(p, 'r');", 'fs.openSync'],
    ["import fs from 'fs';\nawait fs.promises.readFile(p);", 'fs.promises.readFile'],
    ["import { readFile } from 'node:fs/promises';\nawait readFile(p);", 'fs/promises.readFile'],
    ["import fse from 'fs-extra';\nawait fse.readJson(p);", 'fs-extra.readJson'],
    ["const { readJsonSync } = require('fs-extra');\nreadJsonSync(p);", 'fs-extra.readJsonSync'],
    ["import jsonfile from 'jsonfile';\njsonfile.readFileSync(p);", 'jsonfile.readFileSync'],
    ['await Bun.file(p).text();', 'Bun.file().text'],
    ['const file = Bun.file(p);\nawait file.json();', 'Bun.file().json'],
    ['await Deno.readTextFile(p);', 'Deno.readTextFile'],
    ["import dotenv from 'dotenv';\ndotenv.config({ path: p });", 'dotenv.config'],
    ["import { config } from '@dotenvx/dotenvx';\nconfig({ path: p });", '@dotenvx/dotenvx.config'],
  ])('tracks %s', (code, api) => {
    expect(readsIn(code)).toEqual([api]);
  });

  it.each([
    ["import util from 'node:util';\nimport fs from 'node:fs';\nconst read = util.promisify(fs.readFile);\nawait read('a.txt', 'utf8');", "'a.txt'"],
    ["const { promisify } = require('util');\nconst { readFile } = require('fs');\nconst read = promisify(readFile);\nread('a.txt');", "'a.txt'"],
    ["import { promisify } from 'util';\nimport fs from 'fs';\nawait promisify(fs.readFile)('a.txt');", "'a.txt'"],
    ["const file = Bun.file('b.json');\nawait file.json();", "'b.json'"],
  ])('finds the file argument of %s', (code, argument) => {
    const found = probeProgram(code, (context) =>
      [...iterateTrackedCalls(context.sourceCode, FILE_READ_APIS)].map((call) => {
        const read = getFileRead(call, context.sourceCode);
        return read?.argument ? context.sourceCode.getText(read.argument) : undefined;
      }),
    );
    expect(found).toEqual([argument]);
  });

  it('does not take a promisified function that is not a read for a read', () => {
    const code = "import util from 'util';\nimport { exec } from 'child_process';\nconst run = util.promisify(exec);\nawait run('cat token.txt');";
    const reads = probeProgram(code, (context) => [...iterateTrackedCalls(context.sourceCode, FILE_READ_APIS)].map((call) => getFileRead(call, context.sourceCode)));
    expect(reads).toEqual([undefined]);
  });

  it('gives the options object of a read named by an option', () => {
    const code = "import dotenv from 'dotenv';\ndotenv.config({ path: 'x.env' });";
    const kinds = probeProgram(code, (context) => [...iterateTrackedCalls(context.sourceCode, FILE_READ_APIS)].map((call) => getFileRead(call, context.sourceCode)?.argument?.type));
    expect(kinds).toEqual([AST_NODE_TYPES.ObjectExpression]);
  });

  it('does not track writes, checks or a Bun handle that is not read', () => {
    expect(readsIn("import fs from 'fs';\nfs.writeFileSync(p, x);\nfs.existsSync(p);\nBun.file(p);\nDeno.writeTextFile(p, x);")).toEqual([]);
  });
});
