import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { callsForImprovement } from './verdict-adequacy.js';

const seniors = 'Vaccine protection in the elderly: are Austrian seniors adequately protected by vaccinations?';

describe('callsForImprovement', () => {
  it('hears a call to make the thing better as a denial that it is adequate (PMIDs 12238307, 21592383)', () => {
    expect(callsForImprovement('The results of the study should stimulate discussions about strategies how vaccinations can be made more effective in old age.', seniors)).toBe(true);
    expect(callsForImprovement('Improved campaigns, shortened vaccination intervals as well as the design of novel vaccines are imaginable.', seniors)).toBe(true);
    const ccb = "Canada's Compassionate Care Benefit: is it an adequate public health response to addressing the issue of caregiver burden in end-of-life care?";
    expect(callsForImprovement('Effort is required to transform the CCB so that it may fulfill the potential it holds for serving as one public health response to caregiver burden.', ccb)).toBe(true);
    expect(callsForImprovement('This study demonstrates that the CCB is not living up to its full potential in sustaining informal P/EOL caregivers.', ccb)).toBe(true);
  });

  it('hears "properly" as asking adequacy too (our own sentences)', () => {
    const asked = 'Are care home residents properly protected against flu?';
    expect(callsForImprovement('Flu vaccination programmes in care homes need to be strengthened and should be improved.', asked)).toBe(true);
    expect(callsForImprovement('Flu vaccination programmes in care homes need to be strengthened and should be improved.', 'Are care home residents protected against flu?')).toBe(false);
  });

  it('leaves questions that ask about improvement, or about something other than adequacy, alone', () => {
    expect(callsForImprovement('The school food policy could be improved by clearly formulating food rules.', 'School food policy at Dutch primary schools: room for improvement?')).toBe(false);
    expect(callsForImprovement('MTI is still relevant and useful, and needs to be improved.', 'Is the NLM medical text indexer (MTI) still useful and relevant?')).toBe(false);
  });
});

describe('polarityOf on an adequacy question', () => {
  it('reads a call for more effective vaccination as no, not as the yes its word "effective" suggested', () => {
    expect(polarityOf('The results of the study should stimulate discussions about strategies how vaccinations can be made more effective in old age.', analyzeQuestion(seniors))).toBe(-1);
    expect(polarityOf('Austrian seniors were adequately protected against tetanus.', analyzeQuestion(seniors))).toBeGreaterThanOrEqual(0);
  });
});
