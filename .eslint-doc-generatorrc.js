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
};

export default config;
