// A period page's script: the filter chips and dialog, then the filter controller (as on the home page, without
// the timeline). On a year split into months, which has no list, the month links still carry the filters.
import './home-controls.ts';
import './filter-controller.ts';
import { UI } from '../lib/ui.ts';

if (!document.getElementById(UI.list)) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-period-link]'))
    link.setAttribute('href', `${link.getAttribute('href') ?? ''}${window.location.search}`);
}
