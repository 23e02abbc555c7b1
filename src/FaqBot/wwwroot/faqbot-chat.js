// Starts Web Chat against FaqBot: fetches a Direct Line token from this site (never a secret), then talks to the
// self-hosted Direct Line endpoint, or to Azure Direct Line when the server says so.
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('faqbot-status');

  if (new URLSearchParams(location.search).has('embed')) {
    document.body.classList.add('faqbot-embedded');
  }

  // Enter that confirms a Japanese IME conversion must not send the half-typed question. Web Chat 4.18.1 does not check
  // for a composition: its text area sends on any Enter keypress and its single-line box submits its form. So Enter
  // during a composition is stopped here, in the capture phase, before Web Chat (or the form) sees it.
  function guardImeEnter(root) {
    var composing = false;
    root.addEventListener('compositionstart', function () { composing = true; }, true);
    root.addEventListener('compositionend', function () {
      // Safari sends the confirming keydown after compositionend: keep the guard up until that event has passed.
      setTimeout(function () { composing = false; }, 0);
    }, true);
    function guard(event) {
      if (!root.contains(event.target)) {
        return;
      }
      var confirming = event.isComposing || event.keyCode === 229 || (composing && event.key === 'Enter');
      if (!confirming) {
        return;
      }
      event.stopImmediatePropagation();
      if (event.type === 'keypress') {
        // A keypress Enter would submit the send box's form (its default action); the IME has already used it.
        event.preventDefault();
      }
    }
    window.addEventListener('keydown', guard, true);
    window.addEventListener('keypress', guard, true);
  }

  var styleOptions = {
    accent: '#2f6f62',
    backgroundColor: '#fbfcfb',
    botAvatarInitials: 'FAQ',
    botAvatarBackgroundColor: '#2f6f62',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#d5e2de',
    bubbleBorderRadius: 10,
    bubbleFromUserBackground: '#e3f0ec',
    bubbleFromUserBorderColor: '#c2dbd3',
    bubbleFromUserBorderRadius: 10,
    bubbleMaxWidth: 560,
    hideUploadButton: true,
    primaryFont: "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif",
    sendBoxButtonColor: '#2f6f62',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#2f6f62',
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: '#2f6f62',
    suggestedActionLayout: 'flow',
    timestampColor: '#5b6b67'
  };

  function fail() {
    if (status) {
      status.textContent = 'チャットに接続できませんでした。時間をおいてページを再読み込みしてください。';
    }
  }

  function start() {
    if (!window.WebChat) {
      fail();
      return;
    }
    fetch('api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('token ' + response.status);
        }
        return response.json();
      })
      .then(function (grant) {
        var domain = grant.domain || new URL('v3/directline', document.baseURI).href;
        var directLine = window.WebChat.createDirectLine({ token: grant.token, domain: domain, webSocket: true });
        container.textContent = '';
        guardImeEnter(container);
        window.WebChat.renderWebChat({
          directLine: directLine,
          userID: grant.userId,
          username: 'あなた',
          locale: 'ja-JP',
          styleOptions: styleOptions
        }, container);
        var input = container.querySelector('input, textarea');
        if (input) {
          input.focus();
        }
      })
      .catch(fail);
  }

  start();
})();
