// The home page's script. Order matters: the timeline element, the filter chips and the filter dialog are
// listening before the filter controller announces the first filtered view. The controls start by a call, after
// the timeline element is defined: their module is shared with the period pages, and a shared chunk is
// evaluated before this one's own code.
import './timeline/element.ts';
import { startListControls } from './home-controls.ts';

startListControls();
