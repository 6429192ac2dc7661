import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SectionId } from '../core/navigation/section';
import { sectionById } from '../core/navigation/sections';

/** Stands in for a section until its screens are built: says plainly what will be here. */
@Component({
  selector: 'app-section-placeholder-page',
  templateUrl: './section-placeholder-page.html',
  styleUrl: './section-placeholder-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionPlaceholderPage {
  /** Bound from the route's `data.section`. */
  readonly section = input.required<SectionId>();

  protected readonly details = computed(() => sectionById(this.section()));
}
