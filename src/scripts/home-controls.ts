// Starts the filter chips and the filter dialog, then the filter controller; shared by the home page and the
// period pages, and called (not run on import) so that each page decides what listens first.
import { startFilterChips } from './filter-chips.ts';
import { startFilterController } from './filter-controller.ts';
import { startFilterDialog } from './filter-dialog.ts';

export function startListControls(): void {
  startFilterChips();
  startFilterDialog();
  startFilterController();
}
