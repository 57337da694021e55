// The attachment control: the browser's own file input is hidden (it would speak the browser's
// language), so show the chosen file's name in the page's language. No inline script (CSP).
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input || !input.classList || !input.classList.contains('mp-file-input')) {
        return;
    }
    // The first id the input is described by names the chosen file (a help text may follow).
    var shown = document.getElementById((input.getAttribute('aria-describedby') || '').split(' ')[0]);
    if (!shown) {
        return;
    }
    var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; }).join(', ');
    shown.textContent = names ? input.getAttribute('data-chosen') + ' ' + names : input.getAttribute('data-none');
});
