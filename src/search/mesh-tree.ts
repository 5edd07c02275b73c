import { ClinqError } from '../domain/index.js';

/** A MeSH descriptor: its name and its positions in the tree. */
export type MeshDescriptor = { ui: string; name: string; treeNumbers: string[] };

/** The MeSH hierarchy: descriptors by UI and the descriptors directly below each tree position. */
export type MeshTree = { descriptors: Map<string, MeshDescriptor>; childUis: Map<string, string[]> };

/** Parses NLM's `MeshTree.txt` (TSV: tree number, descriptor UI, name; header line optional). */
export function parseMeshTree(text: string): MeshTree {
  const descriptors = new Map<string, MeshDescriptor>();
  const childUis = new Map<string, string[]>();
  text.split(/\r?\n/u).forEach((line, index) => {
    if (!line.trim() || (index === 0 && line.startsWith('Tree Number'))) return;
    const [treeNumber, ui, name] = line.split('\t');
    if (!treeNumber || !ui || !name) {
      // Loud on purpose: a malformed vocabulary would silently weaken every search.
      throw new ClinqError('invalid_request', `search: MeSH tree line ${index + 1} is not "tree<TAB>ui<TAB>name"`);
    }
    const descriptor = descriptors.get(ui) ?? { ui, name: name.trim(), treeNumbers: [] };
    descriptor.treeNumbers.push(treeNumber);
    descriptors.set(ui, descriptor);
    const cut = treeNumber.lastIndexOf('.');
    if (cut > 0) {
      const parent = treeNumber.slice(0, cut);
      childUis.set(parent, [...(childUis.get(parent) ?? []), ui]);
    }
  });
  return { descriptors, childUis };
}

/** The descriptors one level below a descriptor, at any of its tree positions, in tree order. */
export function childrenOf(tree: MeshTree, descriptor: MeshDescriptor): MeshDescriptor[] {
  const uis = new Set(descriptor.treeNumbers.flatMap((treeNumber) => tree.childUis.get(treeNumber) ?? []));
  return [...uis].flatMap((ui) => tree.descriptors.get(ui) ?? []);
}
