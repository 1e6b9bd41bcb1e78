export declare const TYPE_ENUMS: ReadonlyMap<string, Readonly<Record<string, string>>>;
export declare function inlineTypeEnums(code: string, id: string, enums?: ReadonlyMap<string, Readonly<Record<string, unknown>>>): string | undefined;
