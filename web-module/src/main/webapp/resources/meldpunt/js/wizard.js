// The wizard's first view keeps no state on the server (no session for a visitor who only looks).
// As soon as the reporter starts to use the form (a pointer, a key or the focus in it), one small
// request makes the view stateful, before her first real click is sent: PrimeFaces sends its Ajax
// requests one after the other, and the next one carries the new view state.
(function () {
    function isStateless(form) {
        var state = form.querySelector('input[name="jakarta.faces.ViewState"]');
        return state !== null && state.value === 'stateless';
    }
    function start() {
        var form = document.getElementById('wizard');
        if (form === null || !isStateless(form)) {
            return;
        }
        var events = ['pointerdown', 'keydown', 'focusin'];
        var wake = function () {
            events.forEach(function (name) { form.removeEventListener(name, wake, true); });
            if (isStateless(form) && typeof window.meldpuntWizardStart === 'function') {
                window.meldpuntWizardStart();
            }
        };
        events.forEach(function (name) { form.addEventListener(name, wake, true); });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
