// Print buttons without inline scripts (the Content-Security-Policy allows none). The click may land
// on the button's inner text element, so look for the button around it.
document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('.mp-print') : null;
    if (button) {
        window.print();
    }
});
