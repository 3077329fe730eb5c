// Starts the home page's filter chips and filter dialog; imported by home.ts before the filter controller.
import { startFilterChips } from './filter-chips.ts';
import { startFilterDialog } from './filter-dialog.ts';

startFilterChips();
startFilterDialog();
