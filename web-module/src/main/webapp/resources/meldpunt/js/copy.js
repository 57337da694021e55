// Copy buttons without inline scripts (the Content-Security-Policy allows none): a button with
// data-copy="<id of a text field>" copies that field's text and says so in the status next to it.
document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('.mp-copy') : null;
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copyStatus');
    var done = function () {
        if (status) {
            status.textContent = button.getAttribute('data-copied');
        }
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
            field.select();
            document.execCommand('copy');
            done();
        });
    } else {
        field.select();
        document.execCommand('copy');
        done();
    }
});
