// PlaylistOrganizer's Watch Later helper. It runs in YOUR browser, on YOUR youtube.com Watch Later page
// (https://www.youtube.com/playlist?list=WL), while you are signed in: not through YouTube's API, which cannot touch
// Watch Later. It removes exactly the videos the app lists, one at a time, through each row's own "⋮" menu, the way you
// would by hand, and leaves every other video alone. It depends on how YouTube builds that page today: when YouTube
// changes it, the helper may stop finding rows or menu items, and then it says so and removes nothing more.
//
// This file is one function expression; the app appends "(config)" with the video ids to remove:
//   ids            video ids to remove (11 characters each)
//   dryRun         true: only scroll and count what is found, remove nothing
//   delayMs        pause after each removal, so YouTube is not flooded (default 1500)
//   scrollPauseMs  wait after each scroll for YouTube to load more rows (default 1200)
//   idleScrolls    scrolls without new rows before the list counts as fully loaded (default 5)
//   menuTimeoutMs  how long to wait for a row's menu to open (default 4000)
//   removeTimeoutMs how long to wait for a removed row to disappear (default 6000)
// It resolves to a report: { dryRun, wanted, found, removed, notFound, failed, leftAlone, stopped }.
(async function playlistOrganizerWatchLaterHelper(config) {
  'use strict';
  const settings = Object.assign(
    { ids: [], dryRun: true, delayMs: 1500, scrollPauseMs: 1200, idleScrolls: 5, menuTimeoutMs: 4000, removeTimeoutMs: 6000 },
    config || {});
  const wanted = new Set(settings.ids);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const report = { dryRun: !!settings.dryRun, wanted: wanted.size, found: [], removed: [], notFound: [], failed: [], leftAlone: 0, stopped: false };
  let stopRequested = false;

  // ---- An on-page panel, built from DOM nodes only (YouTube enforces Trusted Types: no innerHTML). ----
  const panel = document.createElement('div');
  panel.id = 'playlist-organizer-helper';
  panel.setAttribute('role', 'status');
  panel.style.cssText = 'position:fixed;z-index:99999;right:16px;bottom:16px;max-width:420px;padding:12px 14px;' +
    'background:#fff;color:#111;border:2px solid #c00;border-radius:8px;font:14px/1.4 sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.3)';
  const heading = document.createElement('strong');
  heading.textContent = 'PlaylistOrganizer Watch Later helper' + (report.dryRun ? ' (dry run: removes nothing)' : '');
  const line = document.createElement('div');
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.textContent = 'Stop';
  stop.addEventListener('click', () => { stopRequested = true; });
  panel.append(heading, line, stop);
  document.getElementById('playlist-organizer-helper')?.remove();
  document.body.appendChild(panel);
  const say = (text) => { line.textContent = text; console.log('[PlaylistOrganizer] ' + text); };

  if (!/(^|[?&])list=WL(&|$)/.test(location.search)) {
    say('This is not your Watch Later page. Open https://www.youtube.com/playlist?list=WL and run the helper there.');
    report.notFound = [...wanted];
    stop.remove();
    return report;
  }

  // ---- Rows: each Watch Later video is a ytd-playlist-video-renderer whose title links to /watch?v=<id>. ----
  const rows = () => Array.from(document.querySelectorAll('ytd-playlist-video-renderer'));
  const idOf = (row) => {
    const link = row.querySelector('a#video-title[href], a#thumbnail[href], a[href*="watch?v="]');
    const match = /[?&]v=([A-Za-z0-9_-]{11})/.exec(link ? link.getAttribute('href') || '' : '');
    return match ? match[1] : null;
  };
  const isGone = (row) => !row.isConnected || row.hidden || row.getClientRects().length === 0;
  const isShown = (el) => el.isConnected && el.getClientRects().length > 0;

  const waitFor = async (probe, timeoutMs) => {
    for (let waited = 0; ; waited += 100) {
      const value = probe();
      if (value) return value;
      if (waited >= timeoutMs) return null;
      await sleep(100);
    }
  };

  // ---- The menu item. Picked by what it does, so a localized menu works: its service endpoint edits playlist "WL"
  // with a remove action; failing that, its delete icon; last, its text in a few languages. Never by position alone:
  // the menu's order differs between accounts and experiments. ----
  const dataOf = (el) => el.data || (el.__data && el.__data.data) || (el.polymerController && el.polymerController.data) || null;
  const editsWatchLaterToRemove = (root) => {
    const queue = [root];
    const seen = new Set();
    for (let steps = 0; queue.length && steps < 400; steps++) {
      const node = queue.shift();
      if (!node || typeof node !== 'object' || seen.has(node)) continue;
      seen.add(node);
      const edit = node.playlistEditEndpoint;
      if (edit && edit.playlistId === 'WL' && (edit.actions || []).some((a) => /REMOVE/.test(String(a && a.action)))) return true;
      for (const key of Object.keys(node)) if (node[key] && typeof node[key] === 'object') queue.push(node[key]);
    }
    return false;
  };
  const removeWords = /remove from watch later|aus .?später ansehen.? entfernen|quitar de ver más tarde|retirer de .?à regarder plus tard|supprimer de .?à regarder plus tard|rimuovi da guarda più tardi|remover de assistir mais tarde|verwijderen uit later bekijken|usuń z do obejrzenia|удалить из .?смотреть позже|「後で見る」から削除|나중에 볼 동영상에서 삭제|从“稍后观看”中移除|從「稍後觀看」中移除/i;
  const menuItems = () => Array.from(document.querySelectorAll(
    'ytd-popup-container ytd-menu-service-item-renderer, ytd-popup-container yt-list-item-view-model, ytd-popup-container tp-yt-paper-item'))
    .filter(isShown);
  const findRemoveItem = () => {
    const items = menuItems();
    if (items.length === 0) return null;
    const byEndpoint = items.find((el) => { const data = dataOf(el); return data && editsWatchLaterToRemove(data); });
    if (byEndpoint) return byEndpoint;
    const byIcon = items.find((el) => { const data = dataOf(el); return data && data.icon && data.icon.iconType === 'DELETE'; });
    if (byIcon) return byIcon;
    return items.find((el) => removeWords.test((el.textContent || '').replace(/\s+/g, ' ').trim())) || 'no-remove-item';
  };
  const closeMenus = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true }));

  async function remove(row, id) {
    row.scrollIntoView({ block: 'center' });
    const button = row.querySelector('ytd-menu-renderer button, #menu button, button[aria-haspopup]');
    if (!button) return 'its "⋮" menu button was not found';
    closeMenus();
    button.click();
    const item = await waitFor(findRemoveItem, settings.menuTimeoutMs);
    if (!item || item === 'no-remove-item') {
      closeMenus();
      return item ? 'its menu has no "Remove from Watch later" item' : 'its menu did not open';
    }
    if (idOf(row) !== id) { closeMenus(); return 'the row changed while its menu was open'; }
    // Click the item's inner option (YouTube may listen there); the click bubbles up to the item itself.
    (item.querySelector('tp-yt-paper-item, [role="option"], [role="menuitem"]') || item).click();
    return (await waitFor(() => isGone(row), settings.removeTimeoutMs)) ? null : 'the row was still there after "Remove from Watch later"';
  }

  // ---- Walk the list top to bottom, loading more by scrolling, until no new rows come. ----
  const seen = new Set();
  let idle = 0;
  while (!stopRequested) {
    let fresh = 0;
    for (const row of rows()) {
      if (stopRequested) break;
      const id = idOf(row);
      if (!id || seen.has(id) || isGone(row)) continue;
      seen.add(id);
      fresh++;
      if (!wanted.has(id)) { report.leftAlone++; continue; }
      report.found.push(id);
      if (report.dryRun) continue;
      const problem = await remove(row, id);
      if (problem) report.failed.push({ id, reason: problem }); else report.removed.push(id);
      say(`Removed ${report.removed.length} of ${wanted.size}` + (report.failed.length ? `, ${report.failed.length} could not be removed` : '') + '…');
      await sleep(settings.delayMs);
    }
    if (report.found.length === wanted.size) break;
    say(`${report.dryRun ? 'Counting' : 'Working'}: ${seen.size} rows looked at, ${report.found.length} of ${wanted.size} found; loading more…`);
    idle = fresh === 0 ? idle + 1 : 0;
    if (idle >= settings.idleScrolls) break;
    const all = rows();
    if (all.length) all[all.length - 1].scrollIntoView({ block: 'end' });
    window.scrollTo(0, document.documentElement.scrollHeight);
    await sleep(settings.scrollPauseMs);
  }
  report.stopped = stopRequested;
  report.notFound = [...wanted].filter((id) => !seen.has(id));
  return finish();

  function finish() {
    const parts = report.dryRun
      ? [`Dry run: ${report.found.length} of ${report.wanted} found on the page; nothing was removed.`]
      : [`Removed ${report.removed.length} of ${report.wanted}.`];
    if (!report.dryRun && report.failed.length) parts.push(`${report.failed.length} could not be removed (see the console).`);
    if (report.notFound.length) parts.push(`${report.notFound.length} not found on the page (already removed, or not loaded).`);
    parts.push(`${report.leftAlone} other videos left alone.`);
    if (report.stopped) parts.push('Stopped by you.');
    say(parts.join(' '));
    if (report.failed.length) console.table(report.failed);
    if (!report.dryRun) {
      // The ids it removed, for the app's "Tick what the helper removed" box.
      const copy = document.createElement('textarea');
      copy.readOnly = true;
      copy.rows = 3;
      copy.style.cssText = 'display:block;width:100%;margin-top:6px;font:12px monospace';
      copy.value = JSON.stringify({ removed: report.removed });
      panel.append(copy);
    }
    stop.remove();
    return report;
  }
})
