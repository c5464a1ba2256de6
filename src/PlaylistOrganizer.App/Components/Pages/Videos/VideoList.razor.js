// Keyboard work in the Videos list: ↑/↓ (and Home) move between rows, Space ticks the focused row, Enter opens it on
// YouTube, and a digit adds the focused video to one of the recently used categories. Rows are virtualized, so the
// focus is moved by index and found again after the list re-renders (a row that was just categorized may leave an Uncategorized view).
export function attach(list, dotnet) {
    const rowAt = index => list.querySelector(`[data-index="${index}"]`);
    const focusIndex = (index, attempts = 10) => {
        const row = rowAt(index) ?? rowAt(index - 1);
        if (row) { row.focus(); return; }
        // Not rendered (yet): scroll to where it would be, and let the list render it.
        const height = list.querySelector('[data-index]')?.offsetHeight ?? 48;
        list.scrollTop = index * height - list.clientHeight / 2;
        if (attempts > 0) setTimeout(() => focusIndex(index, attempts - 1), 50);
    };
    const refocus = index => {
        for (const delay of [50, 150, 400]) {
            setTimeout(() => { if (!list.contains(document.activeElement) || document.activeElement === list) focusIndex(index); }, delay);
        }
    };
    const onKey = async e => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const row = e.target.closest('[data-index]');
        if (!row) {
            if (e.target === list && (e.key === 'ArrowDown' || e.key === 'Home')) { e.preventDefault(); focusIndex(0); }
            return;
        }
        const index = Number(row.dataset.index);
        switch (e.key) {
            case 'ArrowDown': e.preventDefault(); focusIndex(index + 1); break;
            case 'ArrowUp': e.preventDefault(); if (index > 0) focusIndex(index - 1); break;
            case 'Home': e.preventDefault(); list.scrollTop = 0; focusIndex(0); break;
            case 'Enter':
                if (e.target === row) { e.preventDefault(); row.querySelector('a')?.click(); }
                break;
            case ' ':
                // On the checkbox itself Space already ticks it.
                if (e.target === row) { e.preventDefault(); row.querySelector('input[type=checkbox]').click(); }
                break;
            default:
                if (/^[1-9]$/.test(e.key)) {
                    e.preventDefault();
                    await dotnet.invokeMethodAsync('AssignByKey', row.dataset.videoId, Number(e.key));
                    refocus(index);
                }
        }
    };
    list.addEventListener('keydown', onKey);
    return { detach: () => list.removeEventListener('keydown', onKey) };
}
