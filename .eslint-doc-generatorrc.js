import path from 'node:path';
import plugin from './dist/index.js';

const OPTIONS_BEGIN = '<!-- begin auto-generated rule options list -->';
const OPTIONS_END = '<!-- end auto-generated rule options list -->';

/** `String`, `Object[]`, ... as the generator writes types. */
function typeName(property) {
  const capitalize = (type) => (typeof type === 'string' ? type.charAt(0).toUpperCase() + type.slice(1) : '');
  return property.type === 'array' ? `${capitalize(property.items?.type)}[]` : capitalize(property.type);
}

function defaultText(value) {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `[${value.map((item) => `\`${String(item)}\``).join(', ')}]`;
  return `\`${String(value)}\``;
}

/**
 * One row per property a user can write, named by where it goes: `checkComments` at the top
 * level, `minEntropy.base62` inside the `minEntropy` object, `additionalPatterns[].name` in each
 * entry of the `additionalPatterns` array. Top-level options in alphabetical order, each
 * followed by its own properties.
 */
function optionRows(rule) {
  const rows = [];
  const visit = (schema, prefix, defaults) => {
    const names = Object.keys(schema.properties ?? {});
    if (prefix === '') names.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    for (const name of names) {
      const property = schema.properties[name];
      const pathName = `${prefix}${name}`;
      rows.push({
        name: pathName,
        description: property.description ?? '',
        type: typeName(property),
        default: defaultText(defaults?.[name] ?? property.default),
        required: (schema.required ?? []).includes(name) ? 'Yes' : '',
      });
      if (property.type === 'object') visit(property, `${pathName}.`, undefined);
      if (property.type === 'array' && property.items?.type === 'object') visit(property.items, `${pathName}[].`, undefined);
    }
  };
  const schemas = Array.isArray(rule.meta.schema) ? rule.meta.schema : [rule.meta.schema];
  schemas.forEach((schema, index) => {
    visit(schema, '', rule.meta.defaultOptions?.[index]);
  });
  return rows;
}

/** A left-aligned Markdown table with padded columns, as eslint-doc-generator writes them. */
function markdownTable(header, rows) {
  const escape = (cell) => cell.replaceAll('|', String.raw`\|`);
  const cells = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const rule = `| ${widths.map((width) => `:${'-'.repeat(width - 1)}`).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** The options table of a rule, showing the real shape of nested options. */
function optionsTable(rule) {
  const rows = optionRows(rule);
  const columns = [
    ['Name', (row) => `\`${row.name}\``],
    ['Description', (row) => row.description],
    ['Type', (row) => row.type],
    ['Default', (row) => row.default],
    ['Required', (row) => row.required],
  ].filter(([title, cell]) => title === 'Name' || rows.some((row) => cell(row) !== ''));
  const table = markdownTable(
    columns.map(([title]) => title),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );
  const nested = rows.some((row) => row.name.includes('.'));
  return nested
    ? `${table}\n\n\`a.b\` names the property \`b\` of the object option \`a\`, and \`a[].b\` the property \`b\` of each entry of the array option \`a\`; "Required" applies within that object or entry.`
    : table;
}

/**
 * The generator lists every property of a rule's schema, nested ones included, as if each
 * were a top-level option; this replaces its list with one that shows where each property goes.
 */
function postprocess(content, pathToFile) {
  const rule = plugin.rules[path.basename(pathToFile, '.md')];
  const begin = content.indexOf(OPTIONS_BEGIN);
  const end = content.indexOf(OPTIONS_END);
  if (rule === undefined || begin === -1 || end === -1) return content;
  return `${content.slice(0, begin + OPTIONS_BEGIN.length)}\n\n${optionsTable(rule)}\n\n${content.slice(end)}`;
}

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  pathRuleDoc: 'docs/rules/{name}.md',
  pathRuleList: 'README.md',
  ruleDocTitleFormat: 'prefix-name',
  ignoreConfig: ['all', 'legacy-recommended', 'legacy-strict', 'legacy-all'],
  ruleDocSectionInclude: ['Rule details', 'The poor practice it prevents', 'Examples', 'When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
  configEmoji: [['data-files', '📄']],
  urlConfigs: 'https://github.com/token-hygiene/eslint-plugin-token-hygiene#configs',
  postprocess,
};

export default config;
