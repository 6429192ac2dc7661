import { SECTION_IDS } from './section';
import { sectionById, SECTIONS } from './sections';

describe('SECTIONS', () => {
  it('describes every section once, in navigation order', () => {
    expect(SECTIONS.map((section) => section.id)).toEqual([...SECTION_IDS]);
    expect(SECTIONS.map((section) => section.label)).toEqual([
      'Time',
      'Reports',
      'Billing',
      'Close',
      'Pace',
      'Audit',
      'Setup',
    ]);
  });

  it('says what each section will hold', () => {
    for (const section of SECTIONS) {
      expect(section.summary.length).toBeGreaterThan(0);
      expect(section.plannedContent.length).toBeGreaterThan(0);
    }
  });

  it('finds a section by id', () => {
    expect(sectionById('close').path).toBe('close');
  });
});
