import type { TSESLint } from '@typescript-eslint/utils';

type ScopeTypes = typeof TSESLint.Scope.ScopeType;
type DefinitionTypes = typeof TSESLint.Scope.DefinitionType;

/**
 * The kinds of scopes and definitions the analysis asks about, as the scope managers of
 * espree and typescript-eslint name them. The enums that name them live in
 * @typescript-eslint/scope-manager, a module that would load with the plugin only to provide
 * these strings.
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- the strings are the enums' values, asserted once here */
export const GLOBAL_SCOPE = 'global' as ScopeTypes['global'];
export const VARIABLE_DEFINITION = 'Variable' as DefinitionTypes['Variable'];
export const IMPORT_DEFINITION = 'ImportBinding' as DefinitionTypes['ImportBinding'];
export const PARAMETER_DEFINITION = 'Parameter' as DefinitionTypes['Parameter'];
export const FUNCTION_NAME_DEFINITION = 'FunctionName' as DefinitionTypes['FunctionName'];
