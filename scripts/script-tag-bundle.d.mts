// Types of script-tag-bundle.mjs for the TypeScript tests that build it.
export function buildScriptTagBundle(options: { outDir: string; root?: string }): Promise<Array<{ fileName: string; type: 'chunk' | 'asset' }>>;
