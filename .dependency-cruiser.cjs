/**
 * The layering the folders promise (npm run lint): schemas depend on nothing of ours; lib is pure TypeScript
 * (no Astro, no browser code, no file system) apart from the few modules whose job is to read files or to call
 * Astro's Markdown renderer; scripts (browser code) never reach Node or Astro; nothing imports the pages.
 */
module.exports = {
  forbidden: [
    {
      name: 'schemas-stand-alone',
      comment: 'Schemas are the contract: they import zod and each other, never lib, components or scripts.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(lib|components|scripts|pages|layouts|data|integrations)/' },
    },
    {
      name: 'lib-no-astro',
      comment: 'lib is pure: only the Markdown configuration and the frontmatter reader may use Astro packages.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '^src/lib/content/(markdown|frontmatter)\\.ts$' },
      to: { path: '(^|/)node_modules/(astro|@astrojs)/|^astro:' },
    },
    {
      name: 'lib-no-file-system',
      comment: 'Only the content reader touches the file system; everything else in lib takes data and returns data.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '^src/lib/content/read\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|net|http|https)$' },
    },
    {
      name: 'lib-no-markup-or-browser-code',
      comment: 'lib serves components and scripts; it never imports them.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|scripts|pages|layouts|data|integrations)/' },
    },
    {
      name: 'scripts-browser-only',
      comment: 'Browser code must not pull in Node modules or Astro.',
      severity: 'error',
      from: { path: '^src/scripts/' },
      to: { path: '^(node:|astro:)|(^|/)node_modules/(astro|@astrojs)/' },
    },
    {
      name: 'scripts-no-node-core',
      severity: 'error',
      from: { path: '^src/scripts/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.astro$' },
  },
};
