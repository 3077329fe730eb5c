// The home page's script. Order matters: the timeline element, the filter chips and the filter dialog are
// listening before the filter controller (evaluated last) announces the first filtered view.
import './timeline/element.ts';
import './home-controls.ts';
import './filter-controller.ts';
