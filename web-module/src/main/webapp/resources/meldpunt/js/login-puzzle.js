// The proof of work of the reporter's login and of the wizard's last step (see nl.meldpunt.security.ProofOfWork,
// reporter.LoginPuzzle, intake.SubmissionPuzzle): find a number such that
// SHA-256(challenge + ":" + number) starts with the zero bits the challenge asks for, and send it along
// in the hidden field "solution". The work starts as soon as the page opens, in small slices so the page
// stays responsive; a submit before it is done waits for it. No inline script, no eval (the CSP allows none).
(function () {
    'use strict';

    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];
    var W = new Int32Array(64);

    // SHA-256 of an ASCII string (the challenge is base64url, digits and dots; the number is digits):
    // the first 32 bits of the hash, and the second 32, which is all the check needs (at most 20 bits).
    function sha256Head(text) {
        var length = text.length;
        var blocks = ((length + 9 + 63) >> 6);
        var words = new Int32Array(blocks * 16);
        for (var i = 0; i < length; i++) {
            words[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        }
        words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
        words[blocks * 16 - 1] = length * 8;
        var h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a,
            h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
        for (var b = 0; b < blocks; b++) {
            for (var t = 0; t < 16; t++) {
                W[t] = words[b * 16 + t];
            }
            for (t = 16; t < 64; t++) {
                var w15 = W[t - 15], w2 = W[t - 2];
                var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
                var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
                W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
            }
            var a = h0, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7, bb = h1;
            for (t = 0; t < 64; t++) {
                var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
                var ch = (e & f) ^ (~e & g);
                var temp1 = (h + S1 + ch + K[t] + W[t]) | 0;
                var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
                var maj = (a & bb) ^ (a & c) ^ (bb & c);
                var temp2 = (S0 + maj) | 0;
                h = g;
                g = f;
                f = e;
                e = (d + temp1) | 0;
                d = c;
                c = bb;
                bb = a;
                a = (temp1 + temp2) | 0;
            }
            h0 = (h0 + a) | 0;
            h1 = (h1 + bb) | 0;
            h2 = (h2 + c) | 0;
            h3 = (h3 + d) | 0;
            h4 = (h4 + e) | 0;
            h5 = (h5 + f) | 0;
            h6 = (h6 + g) | 0;
            h7 = (h7 + h) | 0;
        }
        return h0;
    }

    // One puzzle at a time per form. The wizard's summary step arrives by an Ajax update, which may replace the
    // form or only its content: every challenge field found starts its own work, and the form's one submit
    // listener always asks the newest.
    function start(challengeField) {
        var form = challengeField.form;
        var solutionField = form ? form.querySelector('input[name$=":solution"]') : null;
        if (!solutionField) {
            return;
        }
        var challenge = challengeField.value;
        var bits = parseInt(challenge.split('.')[1], 10);
        if (!(bits > 0 && bits <= 32)) {
            return;
        }
        var mask = (-1 << (32 - bits)) | 0; // the first 'bits' bits of the hash's first word
        var prefix = challenge + ':';
        var nonce = 0;
        var state = {done: false, waiting: false, submitter: null, field: challengeField};
        form.meldpuntPuzzle = state;

        function finish() {
            if (!state.waiting) {
                return;
            }
            state.waiting = false;
            if (form.requestSubmit) {
                form.requestSubmit(state.submitter || undefined);
            } else {
                if (state.submitter && state.submitter.name) {
                    var pressed = document.createElement('input');
                    pressed.type = 'hidden';
                    pressed.name = state.submitter.name;
                    pressed.value = state.submitter.value || '';
                    form.appendChild(pressed);
                }
                form.submit();
            }
        }

        function work() {
            if (form.meldpuntPuzzle !== state || !document.body.contains(challengeField)) {
                return; // replaced by a newer puzzle, or the step is gone
            }
            var until = Date.now() + 40;
            while (Date.now() < until) {
                for (var i = 0; i < 2000; i++, nonce++) {
                    if ((sha256Head(prefix + nonce) & mask) === 0) {
                        solutionField.value = String(nonce);
                        state.done = true;
                        finish();
                        return;
                    }
                }
            }
            setTimeout(work, 0);
        }

        if (!form.meldpuntPuzzleListening) {
            form.meldpuntPuzzleListening = true;
            form.addEventListener('submit', function (event) {
                var current = form.meldpuntPuzzle;
                if (!current || current.done || !document.body.contains(current.field)) {
                    return;
                }
                event.preventDefault();
                current.waiting = true;
                current.submitter = event.submitter || form.querySelector('[type="submit"]');
                var status = document.getElementById('puzzleStatus');
                if (status) {
                    status.textContent = status.getAttribute('data-working');
                }
            });
        }
        setTimeout(work, 0);
    }

    function scan() {
        var fields = document.querySelectorAll('input[name$=":challenge"]');
        for (var i = 0; i < fields.length; i++) {
            if (!fields[i].meldpuntStarted) {
                fields[i].meldpuntStarted = true;
                start(fields[i]);
            }
        }
    }

    function init() {
        scan();
        if (window.MutationObserver) {
            new MutationObserver(scan).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
