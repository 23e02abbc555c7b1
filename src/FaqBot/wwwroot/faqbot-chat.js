// Starts Web Chat against FaqBot: fetches a Direct Line token from this site (never a secret), then talks to the
// self-hosted Direct Line endpoint, or to Azure Direct Line when the server says so.
(function () {
  'use strict';

  var container = document.getElementById('webchat');
  var status = document.getElementById('faqbot-status');

  var embedded = new URLSearchParams(location.search).has('embed');
  if (embedded) {
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

  // Web Chat 4.18.1 means to mark its send box enterkeyhint="send" (the phone keyboard's return key then reads 送信),
  // but its single-line box never gets the attribute. The box can be re-created (e.g. after a reconnect), so every
  // send box that appears is marked.
  function markSendBoxes(root) {
    function mark() {
      var boxes = root.querySelectorAll("[data-id='webchat-sendbox-input']:not([enterkeyhint])");
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].setAttribute('enterkeyhint', 'send');
      }
    }
    mark();
    new MutationObserver(mark).observe(root, { childList: true, subtree: true });
  }

  // In the kenpo page's panel the chat is an iframe: a key pressed in it never reaches the host page, so Escape is
  // passed up as a message (it carries nothing but the request; embed.js checks that it comes from this frame).
  // Escape that cancels an IME conversion, or that Web Chat has used (leaving a message or the suggested actions for
  // the send box), stays inside.
  function forwardEscape() {
    window.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || event.keyCode === 229) {
        return;
      }
      window.parent.postMessage({ type: 'faqbot:close' }, '*');
    });
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
    // The page's own focus ring (faqbot.css) marks a focused choice; Web Chat's faint dashed ones are turned off.
    suggestedActionKeyboardFocusIndicatorBorderWidth: 0,
    suggestedActionsVisualKeyboardIndicatorWidth: 0,
    suggestedActionTextColor: '#2f6f62',
    // A choice is a whole question: one per row, wrapped, never cut with an ellipsis (a phone is 390 px wide).
    suggestedActionLayout: 'stacked',
    suggestedActionsStackedLayoutButtonTextWrap: true,
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
        markSendBoxes(container);
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

  if (embedded && window.parent !== window) {
    forwardEscape();
  }
  start();
})();
