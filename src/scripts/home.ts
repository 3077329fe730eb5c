// The home page's script. Order matters: the timeline element is defined (and listening) before the filter
// controller announces the first filtered view.
import './timeline/element.ts';
import './filter-controller.ts';
