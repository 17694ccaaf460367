/*
 * Kent online safety chat widget.
 *
 * Embed with one script tag; optional configuration first:
 *   <script>window.KentSafetyWidgetConfig = {serverUrl: "https://bot.example.org",
 *     title: "Online safety help", exitUrl: "https://www.bbc.co.uk/weather",
 *     colours: {primary: "#1d4f91", primaryText: "#ffffff"}};</script>
 *   <script src="kent-safety-widget.js" defer></script>
 *
 * No framework. Talks to Rasa's REST channel (POST {serverUrl}/webhooks/rest/webhook).
 * Everything the user or the bot writes is inserted as text, never as HTML.
 * The conversation lives only in sessionStorage, under a random sender id.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "kentSafetyWidget";
  var DEFAULTS = {
    serverUrl: "http://localhost:5005",
    title: "Online safety help",
    exitUrl: "https://www.bbc.co.uk/weather",
    servicesUrl: null,   // the host site's full list of services, if it has one
    privacyUrl: null,    // the host site's privacy notice for the chat, if it has one
    timeoutMs: 20000,
    minTypingMs: 700,    // the typing indicator shows at least this long, so it is heard
    colours: { primary: "#1d4f91", primaryText: "#ffffff" }
  };
  var OFFLINE_TEXT =
    "Sorry, I can't connect right now. If you or someone else is in danger, call 999. " +
    "You can talk to Childline free on 0800 1111, any time.";
  var TEXT_SIZES = [1, 1.2, 1.4];
  var TEXT_SIZE_NAMES = ["standard", "large", "largest"];

  function merge(base, extra) {
    var out = {};
    Object.keys(base).forEach(function (k) { out[k] = base[k]; });
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] !== undefined && extra[k] !== null) out[k] = extra[k];
    });
    return out;
  }

  var config = merge(DEFAULTS, window.KentSafetyWidgetConfig || {});
  config.colours = merge(DEFAULTS.colours, (window.KentSafetyWidgetConfig || {}).colours || {});

  // ---- storage: sessionStorage only -------------------------------------------------
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return "w-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function freshState() {
    return { senderId: randomId(), log: [], open: false, textSize: 0 };
  }

  function loadState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (saved && typeof saved.senderId === "string" && Array.isArray(saved.log)) {
        if (typeof saved.textSize !== "number" || !TEXT_SIZES[saved.textSize]) saved.textSize = 0;
        return saved;
      }
    } catch (e) { /* corrupt or blocked storage: start afresh */ }
    return freshState();
  }

  var state = loadState();
  // Once an exit has begun nothing is written, shown or sent again in this document.
  var exiting = false;

  function saveState() {
    if (exiting) return;
    // nothing to keep yet: leave storage untouched (a closed, empty widget stores nothing)
    if (!state.log.length && !state.open) return;
    var copy = {
      senderId: state.senderId, open: state.open, textSize: state.textSize,
      log: state.log.map(function (e) {
        var out = {};
        Object.keys(e).forEach(function (k) { if (k !== "node") out[k] = e[k]; });
        return out;
      })
    };
    try { window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(copy)); } catch (e) { /* private mode */ }
  }

  // ---- quick exit (GOV.UK "Exit this page" pattern) ---------------------------------
  var inFlight = null;   // the AbortController of the request being answered

  function quickExit() {
    exiting = true;
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ }
    state = freshState();
    queue = [];
    if (inFlight) { try { inFlight.abort(); } catch (e) { /* ignore */ } }
    if (root && root.parentNode) root.parentNode.removeChild(root);
    document.body.style.display = "none";
    document.title = "";
    window.location.replace(config.exitUrl);
  }

  // Shift pressed three times on its own: each press is Shift going down and up with no
  // other key down meanwhile, and no other key between the presses, each within
  // SHIFT_GAP_MS of the last. Shift used with another key (a capital, "?", Shift+Tab)
  // never counts, even when Shift is let go first.
  var SHIFT_GAP_MS = 2000;
  var SHIFT_HOLD_MS = 1000;
  var KEY_STALE_MS = 3000;
  var shiftPresses = 0;
  var lastShiftAt = 0;
  var shiftDownAt = 0;
  var shiftAlone = false;
  var keysDown = {};

  function resetShift() { shiftPresses = 0; shiftAlone = false; }

  document.addEventListener("keydown", function (event) {
    if (event.isComposing) { resetShift(); return; }
    if (event.key === "Shift") {
      if (event.repeat) { shiftAlone = false; return; }
      // another key still held (typing fast): not a press on its own. A key held for
      // more than KEY_STALE_MS is forgotten (some systems send no keyup after Cmd+key).
      var now = Date.now();
      Object.keys(keysDown).forEach(function (k) { if (now - keysDown[k] > KEY_STALE_MS) delete keysDown[k]; });
      shiftAlone = Object.keys(keysDown).length === 0 && !event.ctrlKey && !event.altKey && !event.metaKey;
      shiftDownAt = now;
      return;
    }
    keysDown[event.code || event.key] = Date.now();
    shiftAlone = false;
    resetShift();
  }, true);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      if (event.key === "Meta") keysDown = {};
      else delete keysDown[event.code || event.key];
      return;
    }
    var now = Date.now();
    var counts = shiftAlone && now - shiftDownAt <= SHIFT_HOLD_MS;
    shiftAlone = false;
    if (!counts) { resetShift(); return; }
    if (shiftPresses && now - lastShiftAt > SHIFT_GAP_MS) shiftPresses = 0;
    shiftPresses += 1;
    lastShiftAt = now;
    if (shiftPresses >= 3) { resetShift(); quickExit(); }
  }, true);

  // Clicks, and keys that were down when the window lost focus, also break a sequence.
  document.addEventListener("mousedown", resetShift, true);
  window.addEventListener("blur", function () { keysDown = {}; resetShift(); });

  // ---- DOM helpers ------------------------------------------------------------------
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Web addresses, and UK phone numbers to call: 999, 116 xxx, and 0xxxx numbers.
  var LINK_PATTERN = /(https?:\/\/[^\s<>"']+|www\.[^\s<>"']+)|(\b999\b|\b116 ?\d{3}\b|\b0\d{2,4}(?: ?\d{3,6}){1,2}\b)/g;

  function isPhoneNumber(text) {
    var digits = text.replace(/\D/g, "");
    return text.charAt(0) !== "0" || (digits.length >= 10 && digits.length <= 11) || /^0800 ?\d{4}$/.test(text);
  }

  function safeHref(raw) {
    var href = /^https?:\/\//.test(raw) ? raw : "https://" + raw;
    try {
      var url = new URL(href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function telHref(number) { return "tel:" + String(number).replace(/[^0-9+]/g, ""); }

  // Text with line breaks, web links and phone links, built from text nodes: never innerHTML.
  function appendRichText(parent, text) {
    String(text).split("\n").forEach(function (line, i) {
      if (i > 0) parent.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(LINK_PATTERN, function (match, url, phone, offset) {
        parent.appendChild(document.createTextNode(line.slice(last, offset)));
        if (phone && !isPhoneNumber(phone)) return match;  // left as text
        if (phone) {
          var tel = el("a", { href: telHref(phone), class: "ksw-tel" }, phone);
          if (phone === "999") tel.setAttribute("data-ksw", "tel-999");
          parent.appendChild(tel);
          last = offset + phone.length;
          return match;
        }
        var trimmed = url.replace(/[.,;:!?)]+$/, "");
        var href = safeHref(trimmed);
        if (href) {
          parent.appendChild(el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, trimmed));
        } else {
          parent.appendChild(document.createTextNode(trimmed));
        }
        last = offset + trimmed.length;
        return match;
      });
      parent.appendChild(document.createTextNode(line.slice(last)));
    });
  }

  // ---- the widget -------------------------------------------------------------------
  var root, exitButton, launcher, panel, log, form, input, sendButton, typing, status, closeButton,
      menuButton, menu, sizeButton;

  function build() {
    root = el("div", { class: "ksw-root" });
    root.style.setProperty("--ksw-primary", config.colours.primary);
    root.style.setProperty("--ksw-primary-text", config.colours.primaryText);

    exitButton = el("button", { type: "button", class: "ksw-exit", "data-ksw": "exit" }, "Exit this page");
    exitButton.setAttribute("aria-label", "Exit this page now (or press Shift three times)");
    exitButton.addEventListener("click", quickExit);

    launcher = el("button", { type: "button", class: "ksw-launcher", "aria-expanded": "false",
                              "aria-controls": "ksw-panel", "data-ksw": "launcher" }, "Chat about an online worry");
    launcher.addEventListener("click", function () { setOpen(true); });

    panel = el("section", { id: "ksw-panel", class: "ksw-panel", role: "dialog", "aria-modal": "false",
                            "aria-labelledby": "ksw-title", hidden: "" });

    // header: title, exit (shown here when the panel fills the screen), close
    var top = el("div", { class: "ksw-top" });
    var header = el("div", { class: "ksw-header", "data-ksw": "header" });
    header.appendChild(el("h2", { id: "ksw-title", class: "ksw-title" }, config.title));
    var exitInline = el("button", { type: "button", class: "ksw-exit-inline", "data-ksw": "exit-inline" }, "Exit this page");
    exitInline.setAttribute("aria-label", "Exit this page now (or press Shift three times)");
    exitInline.addEventListener("click", quickExit);
    header.appendChild(exitInline);
    closeButton = el("button", { type: "button", class: "ksw-close", "aria-label": "Close chat", "data-ksw": "close" }, "×");
    closeButton.addEventListener("click", function () { setOpen(false); });
    header.appendChild(closeButton);
    top.appendChild(header);

    // always visible: 999, and the options menu
    var bar = el("div", { class: "ksw-bar", "data-ksw": "danger-bar" });
    var danger = el("p", { class: "ksw-bar-danger" }, "In danger? ");
    danger.appendChild(el("a", { href: "tel:999", class: "ksw-tel", "data-ksw": "bar-999" }, "Call 999"));
    bar.appendChild(danger);
    menuButton = el("button", { type: "button", class: "ksw-menu-button", "aria-expanded": "false",
                                "aria-controls": "ksw-menu", "data-ksw": "menu-button" }, "Options");
    menuButton.addEventListener("click", function () { toggleMenu(menu.hidden); });
    bar.appendChild(menuButton);
    top.appendChild(bar);

    menu = el("div", { id: "ksw-menu", class: "ksw-menu", "data-ksw": "menu", hidden: "" });
    sizeButton = el("button", { type: "button", class: "ksw-menu-item", "data-ksw": "text-size" });
    sizeButton.addEventListener("click", function () {
      state.textSize = (state.textSize + 1) % TEXT_SIZES.length;
      applyTextSize();
      saveState();
    });
    menu.appendChild(sizeButton);
    var restart = el("button", { type: "button", class: "ksw-menu-item", "data-ksw": "start-again" }, "Start again (clear this chat)");
    restart.addEventListener("click", startAgain);
    menu.appendChild(restart);
    var about = el("button", { type: "button", class: "ksw-menu-item", "data-ksw": "about" }, "About this chat and privacy");
    about.addEventListener("click", function () {
      toggleMenu(false);
      var notice = log.querySelector("[data-ksw=notice]");
      log.scrollTop = 0;
      if (notice) notice.focus();
    });
    menu.appendChild(about);
    if (config.privacyUrl && safeHref(config.privacyUrl)) menu.appendChild(newTabLink(config.privacyUrl, "Privacy notice", "privacy"));
    if (config.servicesUrl && safeHref(config.servicesUrl)) {
      menu.appendChild(newTabLink(config.servicesUrl, "All services that can help", "services"));
    } else {
      var who = el("button", { type: "button", class: "ksw-menu-item", "data-ksw": "services" }, "People who can help");
      who.addEventListener("click", function () { toggleMenu(false); send("/ask_human", "Who can help?"); input.focus(); });
      menu.appendChild(who);
    }
    top.appendChild(menu);

    log = newLog();
    typing = el("div", { class: "ksw-typing", "data-ksw": "typing", "aria-hidden": "true", hidden: "" });
    typing.appendChild(document.createTextNode("The helper is typing "));
    typing.appendChild(el("span", { class: "ksw-dots" }, "• • •"));
    // spoken once: "The helper is typing" (the log itself reads out each reply once)
    status = el("div", { role: "status", class: "ksw-visually-hidden", "data-ksw": "status" });

    form = el("form", { class: "ksw-form", "data-ksw": "form" });
    var label = el("label", { for: "ksw-input", class: "ksw-visually-hidden" }, "Type your message");
    input = el("textarea", { id: "ksw-input", rows: "2", maxlength: "2000", class: "ksw-input",
                             placeholder: "Type your message", "data-ksw": "input" });
    sendButton = el("button", { type: "submit", class: "ksw-send", "data-ksw": "send" }, "Send");
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendButton);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) return;
      input.value = "";
      send(text, text);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
      }
    });

    panel.appendChild(top);
    panel.appendChild(log);
    panel.appendChild(typing);
    panel.appendChild(status);
    panel.appendChild(form);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        if (!menu.hidden) { toggleMenu(false); menuButton.focus(); } else { setOpen(false); }
      }
    });

    root.appendChild(exitButton);
    root.appendChild(launcher);
    root.appendChild(panel);
    renderAll();
    document.body.appendChild(root);
    applyTextSize();
    if (state.open) setOpen(true, true);
  }

  function newTabLink(href, text, name) {
    var a = el("a", { href: safeHref(href), target: "_blank", rel: "noopener noreferrer", class: "ksw-menu-item", "data-ksw": name }, text);
    a.appendChild(el("span", { class: "ksw-visually-hidden" }, " (opens in a new tab)"));
    return a;
  }

  // The conversation log: focusable, so keyboard users can scroll it.
  function newLog() {
    var node = el("div", { class: "ksw-log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
                           tabindex: "0", "data-ksw": "log" });
    node.addEventListener("keydown", function (event) {
      if (event.target !== node || event.altKey || event.ctrlKey || event.metaKey) return;
      var page = Math.max(40, node.clientHeight - 40);
      var moves = { ArrowDown: 40, ArrowUp: -40, PageDown: page, PageUp: -page, " ": event.shiftKey ? -page : page };
      if (event.key === "Home") node.scrollTop = 0;
      else if (event.key === "End") node.scrollTop = node.scrollHeight;
      else if (moves[event.key] !== undefined) node.scrollTop += moves[event.key];
      else return;
      event.preventDefault();
    });
    node.appendChild(renderNotice());
    return node;
  }

  // What to know before chatting; the first thing in the conversation, so it stays there.
  function renderNotice() {
    var notice = el("div", { class: "ksw-notice", "data-ksw": "notice", tabindex: "-1" });
    notice.appendChild(el("p", {}, "Please don't share your name, school or address."));
    notice.appendChild(el("p", {}, "This is a computer program. Nobody reads this while you chat, and it " +
                                   "can't contact anyone for you. A safeguarding lead may read chats later " +
                                   "to keep this service safe. This chat is kept in this browser tab only, " +
                                   "and is wiped when you press Exit."));
    var danger = el("p", { class: "ksw-notice-danger" }, "In danger now? ");
    danger.appendChild(el("a", { href: "tel:999", class: "ksw-tel" }, "Call 999"));
    danger.appendChild(document.createTextNode("."));
    notice.appendChild(danger);
    return notice;
  }

  // (Re)build the conversation from state in a new log element, so restoring it is not
  // read out again by screen readers.
  function renderAll() {
    var fresh = newLog();
    if (log && log.parentNode) log.parentNode.replaceChild(fresh, log);
    log = fresh;
    var lastError = null;
    state.log.forEach(function (e) { if (e.from === "error") lastError = e; });
    state.log = state.log.filter(function (e) { return e.from !== "error" || e === lastError; });
    state.log.forEach(function (entry) { render(entry); });
  }

  function toggleMenu(open) {
    menu.hidden = !open;
    menuButton.setAttribute("aria-expanded", String(open));
  }

  function applyTextSize() {
    root.style.setProperty("--ksw-text-scale", String(TEXT_SIZES[state.textSize] || 1));
    var next = (state.textSize + 1) % TEXT_SIZES.length;
    sizeButton.textContent = "Text size: " + TEXT_SIZE_NAMES[state.textSize] + " (change to " + TEXT_SIZE_NAMES[next] + ")";
  }

  function startAgain() {
    if (inFlight) { try { inFlight.abort(); } catch (e) { /* ignore */ } }
    queue = [];
    var size = state.textSize;
    state = freshState();
    state.textSize = size;
    state.open = true;
    generation += 1;
    busy = false;
    showTyping(false);
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ }
    toggleMenu(false);
    renderAll();
    saveState();
    send("/greet", null);
    input.focus();
  }

  function setOpen(open, restoring) {
    state.open = open;
    saveState();
    panel.hidden = !open;
    root.classList.toggle("ksw-is-open", open);
    launcher.setAttribute("aria-expanded", String(open));
    launcher.hidden = open;
    if (open) {
      input.focus({ preventScroll: true });
      if (!restoring && state.log.length === 0) send("/greet", null);
      else showLatest();
    } else {
      toggleMenu(false);
      launcher.focus();
    }
  }

  // Show the start of the latest reply (or the greeting): a long reply is read from its
  // first line, which for immediate risk is the 999 line.
  function showLatest() {
    var start = null;
    for (var i = state.log.length - 1; i >= 0; i--) {
      var e = state.log[i];
      if (e.from === "bot" && e.node) start = e.node;
      else if (start) break;
    }
    if (start) showReplyFrom(start); else log.scrollTop = 0;
  }

  function showReplyFrom(node) {
    // on a very short screen the panel itself scrolls: bring the conversation back up
    if (panel.scrollTop) panel.scrollTop = 0;
    var first = log.querySelector("[data-ksw=bot-message], [data-ksw=resource-card]");
    if (node === first) { log.scrollTop = 0; return; }  // the greeting: with the notice above it
    var offset = node.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop;
    var target = offset - 8;
    // the whole reply fits: show it all, with what came before it above
    log.scrollTop = Math.min(target, log.scrollHeight);
    if (log.scrollHeight - target <= log.clientHeight) log.scrollTop = log.scrollHeight;
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  // ---- rendering --------------------------------------------------------------------
  function render(entry) {
    if (entry.from === "system") return null;
    var node;
    if (entry.from === "user") {
      node = el("div", { class: "ksw-msg ksw-user", "data-ksw": "user-message" });
      node.appendChild(el("span", { class: "ksw-visually-hidden" }, "You said: "));
      node.appendChild(document.createTextNode(entry.text));
      if (entry.failed) node.classList.add("ksw-failed");
    } else if (entry.from === "error") {
      node = el("div", { class: "ksw-msg ksw-error", "data-ksw": "error" });
      appendRichText(node, OFFLINE_TEXT);
      var retry = el("button", { type: "button", class: "ksw-retry", "data-ksw": "retry" }, "Try again");
      retry.addEventListener("click", function () {
        removeErrors();
        input.focus();
        resendFailed();
      });
      node.appendChild(el("br"));
      node.appendChild(retry);
    } else if (entry.card) {
      node = renderCard(entry.card);
    } else {
      node = el("div", { class: "ksw-msg ksw-bot", "data-ksw": "bot-message" });
      node.appendChild(el("span", { class: "ksw-visually-hidden" }, "Helper said: "));
      appendRichText(node, entry.text || "");
      if (entry.buttons && entry.buttons.length) node.appendChild(renderButtons(entry));
    }
    entry.node = node;
    log.appendChild(node);
    return node;
  }

  function renderButtons(entry) {
    var group = el("div", { class: "ksw-buttons", role: "group", "aria-label": "Quick replies", "data-ksw": "quick-replies" });
    entry.buttons.forEach(function (b) {
      var button = el("button", { type: "button", class: "ksw-quick", "data-ksw": "quick-reply" }, b.title);
      if (entry.used) button.disabled = true;
      button.addEventListener("click", function () {
        if (entry.used) return;
        // focus moves to the text box before the buttons are disabled, so it stays in the widget
        input.focus({ preventScroll: true });
        send(b.payload, b.title);
      });
      group.appendChild(button);
    });
    return group;
  }

  // Only the newest set of quick replies can be used.
  function retireQuickReplies() {
    state.log.forEach(function (e) {
      if (e.buttons && e.buttons.length && !e.used) {
        e.used = true;
        if (e.node) Array.prototype.forEach.call(e.node.querySelectorAll("button.ksw-quick"), function (b) { b.disabled = true; });
      }
    });
  }

  function removeErrors() {
    state.log = state.log.filter(function (e) {
      if (e.from !== "error") return true;
      if (e.node && e.node.parentNode) e.node.parentNode.removeChild(e.node);
      return false;
    });
    saveState();
  }

  function renderCard(card) {
    var node = el("article", { class: "ksw-card", "data-ksw": "resource-card" });
    node.appendChild(el("h3", { class: "ksw-card-name" }, card.name));
    if (card.description) node.appendChild(el("p", {}, card.description));
    if (card["for"]) node.appendChild(el("p", { class: "ksw-card-for" }, "For: " + card["for"]));
    var actions = el("div", { class: "ksw-card-actions" });
    if (card.phone) {
      var tel = el("a", { href: telHref(card.phone), class: "ksw-card-link", "data-ksw": "tel" }, "Call " + card.phone);
      actions.appendChild(tel);
      if (card.phone_note) actions.appendChild(el("p", { class: "ksw-card-note" }, card.phone_note));
    }
    if (card.out_of_hours_phone) {
      actions.appendChild(el("a", { href: telHref(card.out_of_hours_phone), class: "ksw-card-link", "data-ksw": "tel-out-of-hours" },
                             "Out of hours: call " + card.out_of_hours_phone));
    }
    if (card.text_number) {
      var body = card.text_keyword ? "?&body=" + encodeURIComponent(card.text_keyword) : "";
      var sms = el("a", { href: "sms:" + String(card.text_number).replace(/[^0-9+]/g, "") + body, class: "ksw-card-link", "data-ksw": "sms" },
                   card.text_keyword ? "Text " + card.text_keyword + " to " + card.text_number : "Text " + card.text_number);
      actions.appendChild(sms);
    }
    if (card.email && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(card.email)) {
      actions.appendChild(el("a", { href: "mailto:" + card.email, class: "ksw-card-link", "data-ksw": "email" }, "Email " + card.email));
    }
    var href = card.url ? safeHref(card.url) : null;
    if (href) {
      var web = el("a", { href: href, target: "_blank", rel: "noopener noreferrer", class: "ksw-card-link", "data-ksw": "web" },
                   "Website: " + (card.url_label || card.url));
      web.appendChild(el("span", { class: "ksw-visually-hidden" }, " (opens in a new tab)"));
      actions.appendChild(web);
    }
    if (card.how_to_find) actions.appendChild(el("p", {}, card.how_to_find));
    node.appendChild(actions);
    return node;
  }

  // ---- talking to Rasa --------------------------------------------------------------
  function addEntry(entry) {
    state.log.push(entry);
    saveState();
    return render(entry);
  }

  // Bot messages from the REST channel: a card's readable text arrives just before the
  // card itself; show the card only. The card payload is described in
  // docs/architecture.md ("The resource card payload").
  function botEntries(messages) {
    var entries = [];
    messages.forEach(function (m, i) {
      var next = messages[i + 1];
      if (m.custom && m.custom.type === "resource_card" && m.custom.resource) {
        entries.push({ from: "bot", card: m.custom.resource });
        return;
      }
      if (m.text && next && next.custom && next.custom.text === m.text) return;
      if (m.text || (m.buttons && m.buttons.length)) {
        entries.push({ from: "bot", text: m.text || "", buttons: m.buttons || [] });
      }
    });
    return entries;
  }

  function post(message) {
    var controller = window.AbortController ? new AbortController() : null;
    inFlight = controller;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, config.timeoutMs);
    return fetch(config.serverUrl.replace(/\/$/, "") + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.senderId, message: message }),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      clearTimeout(timer);
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }, function (error) { clearTimeout(timer); throw error; });
  }

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function showTyping(on) {
    typing.hidden = !on;
    status.textContent = on ? "The helper is typing" : "";
  }

  // One request at a time, in order: a message typed while the bot is still answering
  // waits its turn instead of being dropped.
  var busy = false;
  var queue = [];
  var generation = 0;   // bumped by "start again": answers to the old chat are dropped

  function deliver(entry) {
    busy = true;
    var mine = generation;
    showTyping(true);
    var started = Date.now();
    var stale = function () { return exiting || mine !== generation; };
    return post(entry.payload).then(function (messages) {
      return wait(Math.max(0, config.minTypingMs - (Date.now() - started))).then(function () { return messages; });
    }).then(function (messages) {
      if (stale()) return;
      entry.failed = false;
      if (entry.node) entry.node.classList.remove("ksw-failed");
      removeErrors();
      var entries = botEntries(Array.isArray(messages) ? messages : []);
      if (entries.length) retireQuickReplies();
      showTyping(false);
      var first = null;
      entries.forEach(function (e) { var node = addEntry(e); first = first || node; });
      if (first) showReplyFrom(first);
    }).catch(function () {
      if (stale()) return;
      entry.failed = true;
      if (entry.node) entry.node.classList.add("ksw-failed");
      queue.forEach(function (waiting) { waiting.failed = true; if (waiting.node) waiting.node.classList.add("ksw-failed"); });
      queue = [];
      removeErrors();
      showTyping(false);
      addEntry({ from: "error" });
      scrollToEnd();
    }).then(function () {
      if (stale()) return;
      inFlight = null;
      busy = false;
      showTyping(false);
      if (queue.length) deliver(queue.shift());
    });
  }

  // payload: what Rasa receives; shown: what the log shows (null for the silent greeting)
  function send(payload, shown) {
    if (exiting) return;
    var entry = { from: shown === null ? "system" : "user", text: shown, payload: payload };
    if (shown !== null) {
      retireQuickReplies();
      addEntry(entry);
      scrollToEnd();
    } else {
      state.log.push(entry);
      saveState();
    }
    if (busy) queue.push(entry); else deliver(entry);
  }

  // Try again: every message that failed, oldest first.
  function resendFailed() {
    state.log.filter(function (e) { return e.failed; }).forEach(function (e) {
      if (busy) queue.push(e); else deliver(e);
    });
  }

  // Back/forward cache: a page restored from history shows what storage holds now, which
  // after a quick exit (on this page or another) is nothing.
  window.addEventListener("pagehide", function (event) {
    if (event.persisted && root) root.style.visibility = "hidden";
  });
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted || !root) return;
    if (exiting) { quickExit(); return; }
    generation += 1;
    busy = false;
    queue = [];
    state = loadState();
    renderAll();
    applyTextSize();
    var open = state.open;
    panel.hidden = !open;
    root.classList.toggle("ksw-is-open", open);
    launcher.setAttribute("aria-expanded", String(open));
    launcher.hidden = open;
    showTyping(false);
    if (open) showLatest();
    root.style.visibility = "";
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", build);
  } else {
    build();
  }
})();
