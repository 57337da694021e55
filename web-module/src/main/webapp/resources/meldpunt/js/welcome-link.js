// The welcome link carries its token in the fragment (welcome.xhtml#token=...), which the browser never sends
// to a server: this script posts it in the page's "open" form, after taking it out of the address bar and the
// history, so that it appears in no address, log or Referer. Without a token in the fragment it does nothing.
window.addEventListener('load', function () {
    var field = document.getElementById('open:token');
    var button = document.getElementById('open:go');
    var hash = window.location.hash;
    if (!field || !button || hash.indexOf('#token=') !== 0) {
        return;
    }
    field.value = decodeURIComponent(hash.substring('#token='.length));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    button.click();
});
