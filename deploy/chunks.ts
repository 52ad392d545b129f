// How the build splits the app into files. On a slow mobile link every file of the first view
// costs a round trip (about half a second on "Slow 4G"), and Rolldown on its own split the
// modules that the entry and a lazy view both use into small shared files: 15 scripts and 3
// stylesheets before the map could draw. The groups below make it 6 scripts and 2 stylesheets:
//   framework  React, TanStack Query, zustand: libraries, cached across releases of the app
//   leaflet    Leaflet, react-leaflet, supercluster: the map's libraries, idem
//   app        every module the entry imports statically (what runs before the first render)
//   map-panel  every other module the map's chunk imports (it loads at start, beside the entry)
// Lazy views keep their own files and import what they share from `app` or `map-panel`.
import type { Rolldown } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

const ENTRY = /[\\/]src[\\/]main\.tsx$/;
const MAP_PANEL = /[\\/]src[\\/]app[\\/]map-panel\.tsx$/;

// per chunking pass (the graph object is reused within one), per root
const reachCache = new WeakMap<ModuleGraph, Map<string, boolean>>();

/** Whether the module `root` matches imports module `id` statically, directly or through others. */
function importedFrom(id: string, root: RegExp, graph: ModuleGraph): boolean {
  let known = reachCache.get(graph);
  if (!known) reachCache.set(graph, (known = new Map()));
  const key = `${root.source}\0${id}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  known.set(key, false); // an import cycle leads nowhere new
  const result =
    root.test(id) ||
    (graph.getModuleInfo(id)?.importers ?? []).some((importer) =>
      importedFrom(importer, root, graph),
    );
  known.set(key, result);
  return result;
}

export const chunkGroups: Rolldown.CodeSplittingGroup[] = [
  {
    name: 'framework',
    test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zustand|use-sync-external-store)[\\/]/,
  },
  {
    name: 'leaflet',
    // scripts only: leaflet.css goes with the map's own styles, one stylesheet less
    test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet[\\/]core|supercluster|kdbush)[\\/].*\.js$/,
  },
  // zod (with the schemas) loads only when a data file fails its quick check: in no group
  { name: (id, graph) => (importedFrom(id, ENTRY, graph) ? 'app' : null) },
  { name: (id, graph) => (importedFrom(id, MAP_PANEL, graph) ? 'map-panel' : null) },
];
