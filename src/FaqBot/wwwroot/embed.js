// One-tag embed for kenpo pages: <script src="https://faqbot.example/embed.js" defer></script>
// Adds a floating chat button; the chat itself runs in a panel (an iframe of this service's page), so the host page
// needs no other script, style or cross-origin setup.
(function () {
  'use strict';

  if (window.__faqbotEmbedded) {
    return;
  }
  window.__faqbotEmbedded = true;

  var script = document.currentScript;
  var origin = new URL(script && script.src ? script.src : location.href).origin;
  var accent = '#2f6f62';

  var font = '600 15px/1.4 "Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif';
  var style = document.createElement('style');
  style.textContent = [
    '.faqbot-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;align-items:center;gap:8px;',
    'padding:12px 18px;border:0;border-radius:28px;background:' + accent + ';color:#fff;font:' + font + ';',
    'box-shadow:0 4px 14px rgba(31,45,42,.25);cursor:pointer}',
    '.faqbot-launcher:hover{background:#24564c}',
    '.faqbot-launcher:focus-visible{outline:3px solid #f0b429;outline-offset:2px}',
    '.faqbot-panel{position:fixed;right:20px;bottom:84px;z-index:2147483000;width:min(400px,calc(100vw - 40px));',
    'height:min(620px,calc(100vh - 110px));height:min(620px,calc(100dvh - 110px));',
    'display:none;flex-direction:column;background:#fbfcfb;border:1px solid #d5e2de;border-radius:14px;overflow:hidden;box-shadow:0 10px 30px rgba(31,45,42,.3)}',
    '.faqbot-panel[data-open="true"]{display:flex}',
    '.faqbot-panel__bar{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;background:' + accent + ';color:#fff;',
    'font:' + font + '}',
    '.faqbot-panel__close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:2px 8px;border-radius:6px}',
    '.faqbot-panel__close:focus-visible{outline:3px solid #f0b429}',
    '.faqbot-panel__frame{flex:1;border:0;width:100%}',
    // A phone: the panel takes the screen above the button with the same 12 px margin on every side (a fixed width
    // centred on a narrow screen left it a couple of pixels from one edge).
    '@media (max-width:480px){',
    '.faqbot-launcher{right:12px;bottom:12px}',
    '.faqbot-panel{left:12px;right:12px;top:12px;bottom:72px;width:auto;height:auto}',
    '}'
  ].join('');
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'faqbot-launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'faqbot-panel');
  var openLabel = 'チャットで質問する';
  var closeLabel = 'チャットを閉じる';
  button.textContent = openLabel;

  var panel = document.createElement('div');
  panel.id = 'faqbot-panel';
  panel.className = 'faqbot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'よくある質問チャット');

  var bar = document.createElement('div');
  bar.className = 'faqbot-panel__bar';
  var title = document.createElement('span');
  title.textContent = 'よくある質問チャット';
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'faqbot-panel__close';
  close.setAttribute('aria-label', '閉じる');
  close.textContent = '×';
  bar.appendChild(title);
  bar.appendChild(close);
  panel.appendChild(bar);

  var frame = null;

  function open() {
    if (!frame) {
      // The chat loads on first open only: pages that never open it cost one small script.
      frame = document.createElement('iframe');
      frame.className = 'faqbot-panel__frame';
      frame.title = 'よくある質問チャット';
      frame.src = origin + '/?embed=1';
      panel.appendChild(frame);
    }
    panel.setAttribute('data-open', 'true');
    button.setAttribute('aria-expanded', 'true');
    button.textContent = closeLabel;
    frame.focus();
  }

  function hide() {
    panel.setAttribute('data-open', 'false');
    button.setAttribute('aria-expanded', 'false');
    button.textContent = openLabel;
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.getAttribute('data-open') === 'true') {
      hide();
    } else {
      open();
    }
  });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    }
  });
  // Escape pressed inside the chat arrives as a message from the chat's frame (faqbot-chat.js); any other message,
  // or one from another frame or origin, is not ours.
  window.addEventListener('message', function (event) {
    if (frame && event.source === frame.contentWindow && event.origin === origin &&
        event.data && event.data.type === 'faqbot:close' && panel.getAttribute('data-open') === 'true') {
      hide();
    }
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
