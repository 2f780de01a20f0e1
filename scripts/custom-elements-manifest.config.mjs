// Configuration of the Custom Elements Manifest (`cem analyze`, run by scripts/build.mjs): the components'
// JSDoc headers (@summary, @event, @slot, @csspart, @cssproperty, …) and their Lit properties become
// custom-elements.json, named by the "customElements" field of package.json, so editors and documentation tools
// know the elements. The analyzer reads src/; the module paths in the manifest are those of the npm build
// (src/x.ts → dist/lib/x.js), the files a consumer imports.
const toDist = (path) => path?.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');

/**
 * Rewrites every module path (modules, their exports and declarations' references) to dist/lib, and leaves out
 * private members (Lit's internal state and helpers are no API) and nameless events; base classes without a tag
 * are listed as classes, not elements.
 */
function distPaths() {
  return {
    name: 'gia-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const exported of mod.exports ?? []) {
          if (exported.declaration?.module) exported.declaration.module = toDist(exported.declaration.module);
        }
        for (const declaration of mod.declarations ?? []) {
          // A base class (GiaElement) extends LitElement but defines no tag: it is a class, not an element.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          // The analyzer also lists `dispatchEvent(new GiaXEvent())` calls as nameless events: the @event tags
          // of the JSDoc header name them.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
          }
          if (declaration.superclass?.module) declaration.superclass.module = toDist(declaration.superclass.module);
          for (const member of declaration.members ?? []) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/gia-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [distPaths()],
};
