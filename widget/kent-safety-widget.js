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
    timeoutMs: 20000,
    colours: { primary: "#1d4f91", primaryText: "#ffffff" }
  };
  var OFFLINE_TEXT =
    "Sorry, I can't connect right now. If you or someone else is in danger, call 999. " +
    "You can talk to Childline free on 0800 1111, any time.";

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

  function loadState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (saved && typeof saved.senderId === "string" && Array.isArray(saved.log)) return saved;
    } catch (e) { /* corrupt or blocked storage: start afresh */ }
    return { senderId: randomId(), log: [], open: false };
  }

  var state = loadState();

  function saveState() {
    try { window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }

  // ---- quick exit (GOV.UK "Exit this page" pattern) ---------------------------------
  function quickExit() {
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ }
    state = { senderId: randomId(), log: [], open: false };
    document.body.style.display = "none";
    window.location.replace(config.exitUrl);
  }

  var shiftPresses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) return;
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (t) { return now - t < 5000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) quickExit();
  });

  // ---- DOM helpers ------------------------------------------------------------------
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var URL_PATTERN = /(https?:\/\/[^\s<>"']+|www\.[^\s<>"']+)/g;

  function safeHref(raw) {
    var href = /^https?:\/\//.test(raw) ? raw : "https://" + raw;
    try {
      var url = new URL(href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  // Text with line breaks and links, built from text nodes: never innerHTML.
  function appendRichText(parent, text) {
    String(text).split("\n").forEach(function (line, i) {
      if (i > 0) parent.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(URL_PATTERN, function (match, _g, offset) {
        var trimmed = match.replace(/[.,;:!?)]+$/, "");
        parent.appendChild(document.createTextNode(line.slice(last, offset)));
        var href = safeHref(trimmed);
        if (href) {
          var a = el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, trimmed);
          parent.appendChild(a);
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
  var root, launcher, panel, log, notice, form, input, sendButton, typing, closeButton;

  function build() {
    root = el("div", { class: "ksw-root" });
    root.style.setProperty("--ksw-primary", config.colours.primary);
    root.style.setProperty("--ksw-primary-text", config.colours.primaryText);

    var exit = el("button", { type: "button", class: "ksw-exit", "data-ksw": "exit" }, "Exit this page");
    exit.setAttribute("aria-label", "Exit this page now (or press Shift three times)");
    exit.addEventListener("click", quickExit);

    launcher = el("button", { type: "button", class: "ksw-launcher", "aria-expanded": "false",
                              "aria-controls": "ksw-panel", "data-ksw": "launcher" }, "Chat about an online worry");
    launcher.addEventListener("click", function () { setOpen(true); });

    panel = el("section", { id: "ksw-panel", class: "ksw-panel", role: "dialog", "aria-modal": "false",
                            "aria-labelledby": "ksw-title", hidden: "" });
    var header = el("div", { class: "ksw-header" });
    header.appendChild(el("h2", { id: "ksw-title", class: "ksw-title" }, config.title));
    closeButton = el("button", { type: "button", class: "ksw-close", "aria-label": "Close chat", "data-ksw": "close" }, "×");
    closeButton.addEventListener("click", function () { setOpen(false); });
    header.appendChild(closeButton);

    notice = el("div", { class: "ksw-notice", "data-ksw": "notice" });
    notice.appendChild(el("p", {}, "Please don't share your name, school or address."));
    notice.appendChild(el("p", {}, "A safeguarding lead may read conversations to keep people safe."));
    notice.appendChild(el("p", { class: "ksw-notice-danger" }, "In danger now? Call 999."));

    log = el("div", { class: "ksw-log", role: "log", "aria-live": "polite", "aria-label": "Conversation", "data-ksw": "log" });
    typing = el("div", { class: "ksw-typing", "data-ksw": "typing", hidden: "" });
    typing.appendChild(el("span", { class: "ksw-visually-hidden" }, "The helper is typing"));
    typing.appendChild(el("span", { class: "ksw-dots", "aria-hidden": "true" }, "• • •"));

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
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
      }
    });

    panel.appendChild(header);
    panel.appendChild(notice);
    panel.appendChild(log);
    panel.appendChild(typing);
    panel.appendChild(form);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { setOpen(false); }
    });

    root.appendChild(exit);
    root.appendChild(launcher);
    root.appendChild(panel);
    document.body.appendChild(root);

    state.log.forEach(function (entry) { render(entry); });
    updateNotice();
    if (state.open) setOpen(true, true);
  }

  function updateNotice() {
    notice.hidden = state.log.some(function (e) { return e.from === "user"; });
  }

  function setOpen(open, restoring) {
    state.open = open;
    saveState();
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    launcher.hidden = open;
    if (open) {
      input.focus();
      if (!restoring && state.log.length === 0) send("/greet", null);
    } else {
      launcher.focus();
    }
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  // ---- rendering --------------------------------------------------------------------
  function render(entry) {
    var node;
    if (entry.from === "user") {
      node = el("div", { class: "ksw-msg ksw-user", "data-ksw": "user-message" });
      node.appendChild(el("span", { class: "ksw-visually-hidden" }, "You said: "));
      node.appendChild(document.createTextNode(entry.text));
      if (entry.failed) node.classList.add("ksw-failed");
    } else if (entry.from === "error") {
      node = el("div", { class: "ksw-msg ksw-error", role: "alert", "data-ksw": "error" });
      appendRichText(node, OFFLINE_TEXT);
      var retry = el("button", { type: "button", class: "ksw-retry", "data-ksw": "retry" }, "Try again");
      retry.addEventListener("click", function () {
        state.log = state.log.filter(function (e) { return e !== entry; });
        saveState();
        node.remove();
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
    scrollToEnd();
    return node;
  }

  function renderButtons(entry) {
    var group = el("div", { class: "ksw-buttons", role: "group", "aria-label": "Quick replies", "data-ksw": "quick-replies" });
    entry.buttons.forEach(function (b) {
      var button = el("button", { type: "button", class: "ksw-quick", "data-ksw": "quick-reply" }, b.title);
      if (entry.used) button.disabled = true;
      button.addEventListener("click", function () {
        entry.used = true;
        saveState();
        Array.prototype.forEach.call(group.querySelectorAll("button"), function (x) { x.disabled = true; });
        send(b.payload, b.title);
      });
      group.appendChild(button);
    });
    return group;
  }

  function renderCard(card) {
    var node = el("article", { class: "ksw-card", "data-ksw": "resource-card" });
    node.appendChild(el("h3", { class: "ksw-card-name" }, card.name));
    if (card.description) node.appendChild(el("p", {}, card.description));
    if (card["for"]) node.appendChild(el("p", { class: "ksw-card-for" }, "For: " + card["for"]));
    var actions = el("div", { class: "ksw-card-actions" });
    if (card.phone) {
      var tel = el("a", { href: "tel:" + String(card.phone).replace(/[^0-9+]/g, ""), class: "ksw-card-link", "data-ksw": "tel" },
                   "Call " + card.phone);
      actions.appendChild(tel);
    }
    if (card.text_number) {
      var body = card.text_keyword ? "?&body=" + encodeURIComponent(card.text_keyword) : "";
      var sms = el("a", { href: "sms:" + String(card.text_number).replace(/[^0-9+]/g, "") + body, class: "ksw-card-link", "data-ksw": "sms" },
                   card.text_keyword ? "Text " + card.text_keyword + " to " + card.text_number : "Text " + card.text_number);
      actions.appendChild(sms);
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
    render(entry);
    updateNotice();
  }

  // Bot messages from the REST channel: a card's readable text arrives just before the
  // card itself; show the card only.
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

  // One request at a time, in order: a message typed while the bot is still answering
  // waits its turn instead of being dropped.
  var busy = false;
  var queue = [];

  function deliver(entry) {
    busy = true;
    typing.hidden = false;
    return post(entry.payload).then(function (messages) {
      entry.failed = false;
      if (entry.node) entry.node.classList.remove("ksw-failed");
      saveState();
      botEntries(Array.isArray(messages) ? messages : []).forEach(addEntry);
    }).catch(function () {
      entry.failed = true;
      if (entry.node) entry.node.classList.add("ksw-failed");
      saveState();
      queue.forEach(function (waiting) { waiting.failed = true; if (waiting.node) waiting.node.classList.add("ksw-failed"); });
      queue = [];
      saveState();
      addEntry({ from: "error" });
    }).then(function () {
      busy = false;
      typing.hidden = true;
      if (queue.length) deliver(queue.shift());
    });
  }

  // payload: what Rasa receives; shown: what the log shows (null for the silent greeting)
  function send(payload, shown) {
    var entry = { from: shown === null ? "system" : "user", text: shown, payload: payload };
    if (shown !== null) {
      addEntry(entry);
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

  // system entries (the greeting) are not rendered
  var originalRender = render;
  render = function (entry) {
    if (entry.from === "system") return null;
    return originalRender(entry);
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", build);
  } else {
    build();
  }
})();
