// Print buttons without inline scripts (the Content-Security-Policy allows none).
document.addEventListener('click', function (event) {
    if (event.target && event.target.classList && event.target.classList.contains('mp-print')) {
        window.print();
    }
});
