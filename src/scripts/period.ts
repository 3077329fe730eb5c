// A period page's script: the filter chips, dialog and controller, as on the home page without the timeline. On
// a year split into months, which has no list, the month links still carry the filters.
import { UI } from '../lib/ui.ts';
import { startListControls } from './home-controls.ts';

startListControls();
if (!document.getElementById(UI.list)) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-period-link]'))
    link.setAttribute('href', `${link.getAttribute('href') ?? ''}${window.location.search}`);
}
