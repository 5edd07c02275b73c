import { describe, expect, it } from 'vitest';
import { childrenOf, parseMeshTree } from './mesh-tree.js';

const TREE = [
  'Tree Number\tDesc Ui\tTerm',
  'C08.127\tD001982\tBronchial Diseases',
  'C08.127.108\tD001249\tAsthma',
  'C08.127.108.500\tD013224\tStatus Asthmaticus',
  'C08.381.495.108\tD001249\tAsthma',
  'C08.381.495.108.200\tD059366\tAsthma, Exercise-Induced',
].join('\n');

describe('parseMeshTree', () => {
  it('collects every tree position of a descriptor under its UI', () => {
    const tree = parseMeshTree(TREE);
    expect(tree.descriptors.get('D001249')).toEqual({ ui: 'D001249', name: 'Asthma', treeNumbers: ['C08.127.108', 'C08.381.495.108'] });
  });

  it('finds the children below any position of a descriptor, but not grandchildren', () => {
    const tree = parseMeshTree(TREE);
    const names = (ui: string) => childrenOf(tree, tree.descriptors.get(ui)!).map((d) => d.name);
    expect(names('D001249')).toEqual(['Status Asthmaticus', 'Asthma, Exercise-Induced']);
    expect(names('D001982')).toEqual(['Asthma']);
  });

  it('rejects a line that is not tree, UI and name', () => {
    expect(() => parseMeshTree('C01\tD000001')).toThrow(/line 1/);
  });
});
