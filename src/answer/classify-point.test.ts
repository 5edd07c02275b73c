import { describe, expect, it } from 'vitest';
import { classifyPoint } from './classify-point.js';
import { definedAbbreviations } from './expand-abbreviations.js';

describe('classifyPoint', () => {
  it('files sentences under the section their cue words point to', () => {
    expect(classifyPoint('Hormonal therapies should be regarded as first-line treatment.')).toBe('treatment');
    expect(classifyPoint('Biopsy confirmed the diagnosis.')).toBe('diagnosis');
    expect(classifyPoint('Five-year survival was 40%.')).toBe('prognosis');
    expect(classifyPoint('The prevalence was higher in women.')).toBe('epidemiology');
    expect(classifyPoint('Unlike osteosclerotic myeloma, the lesions spared bone.')).toBe('distinction');
    expect(classifyPoint('The patients were seen in 2010.')).toBe('other');
  });
});

describe('definedAbbreviations', () => {
  it('maps abbreviations an abstract defines to the stems of their long forms', () => {
    const map = definedAbbreviations('linked to cardiovascular (CV) events in congenital myotonic dystrophy (DM) and deep infiltrating endometriosis (DIE).');
    expect([...(map.get('cv') ?? [])]).toEqual(['cardiovascular']);
    expect([...(map.get('dm') ?? [])]).toEqual(['myoton', 'dystrophi']);
    expect([...(map.get('die') ?? [])]).toEqual(['deep', 'infiltr', 'endometriosi']);
  });
});

describe('definedAbbreviations, for short forms a sentence reads as shorter stems', () => {
  it('maps the stem of a short form that ends in s ("DGS" is read "dg") to the long form too', () => {
    const map = definedAbbreviations('DiGeorge syndrome (DGS), a developmental field defect of the third and fourth pharyngeal pouches');
    expect([...(map.get('dgs') ?? [])]).toEqual(['digeorg', 'syndrom']);
    expect([...(map.get('dg') ?? [])]).toEqual(['digeorg', 'syndrom']);
  });
});

describe('classifyPoint of a difference or effect detected', () => {
  it('does not file a result found ("No difference was detected") under diagnosis', () => {
    expect(classifyPoint('No difference was detected in QoL between AG and placebo groups.')).not.toBe('diagnosis');
    expect(classifyPoint('Market effects also were detected in demand equations.')).not.toBe('diagnosis');
  });

  it('still files what a test detected under diagnosis', () => {
    expect(classifyPoint('Mutations were detected in 12 of 20 patients by SSCP analysis.')).toBe('diagnosis');
  });
});
