"""What the widget's browser tests share: opening the chat, sending a message, geometry."""
from __future__ import annotations

from playwright.sync_api import expect

# Sent to get the immediate-risk (emergency) reply, whose first line is the 999 line.
EMERGENCY = "I want to kill myself"


def open_chat(page):
    page.get_by_role("button", name="Chat about an online worry").click()
    log = page.locator("[data-ksw=log]")
    expect(log.locator("[data-ksw=bot-message]").first).to_contain_text("computer program", timeout=30000)
    return log


def say(page, text):
    page.get_by_label("Type your message").fill(text)
    page.get_by_role("button", name="Send").click()


def bot_messages(page):
    return page.locator("[data-ksw=log] [data-ksw=bot-message]")


def wait_for_reply(page, before: int, timeout: float = 30000):
    """The first bot message after the `before` already shown, once it is there."""
    first = bot_messages(page).nth(before)
    expect(first).to_be_attached(timeout=timeout)
    expect(page.locator("[data-ksw=typing]")).to_be_hidden(timeout=timeout)
    return first


def storage_is_empty(page):
    return page.evaluate("() => sessionStorage.length === 0 && localStorage.length === 0 && document.cookie === ''")


# The part of an element a user can actually see: inside the viewport, inside every
# scrolling ancestor, and not under something else (checked at the rectangle's centre).
VISIBLE_RECT_JS = """
(el) => {
  let r = el.getBoundingClientRect();
  let top = r.top, bottom = r.bottom, left = r.left, right = r.right;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll|hidden)/.test(s.overflowY + s.overflowX)) {
      const q = p.getBoundingClientRect();
      top = Math.max(top, q.top); bottom = Math.min(bottom, q.bottom);
      left = Math.max(left, q.left); right = Math.min(right, q.right);
    }
  }
  top = Math.max(top, 0); bottom = Math.min(bottom, window.innerHeight);
  left = Math.max(left, 0); right = Math.min(right, window.innerWidth);
  const height = Math.max(0, bottom - top), width = Math.max(0, right - left);
  let onTop = false;
  if (height > 0 && width > 0) {
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    onTop = !!hit && (hit === el || el.contains(hit));
  }
  return {top, bottom, left, right, height, width, onTop, fullHeight: r.height};
}
"""


def visible_rect(locator):
    return locator.evaluate(VISIBLE_RECT_JS)


def fully_visible(locator) -> bool:
    """The whole element is in view and uncovered."""
    v = visible_rect(locator)
    return v["onTop"] and v["height"] >= v["fullHeight"] - 1 and v["height"] > 0
