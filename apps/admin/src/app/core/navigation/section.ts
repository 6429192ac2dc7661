export const SECTION_IDS = ['time', 'reports', 'billing', 'close', 'pace', 'audit', 'setup'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  readonly id: SectionId;
  readonly label: string;
  /** Name of an SVG icon registered in `core/icons`. */
  readonly icon: string;
  /** Route path below the shell, without leading slash. */
  readonly path: string;
  /** One sentence on what the section is for. */
  readonly summary: string;
  /** What the section will hold once it is built. */
  readonly plannedContent: readonly string[];
}
