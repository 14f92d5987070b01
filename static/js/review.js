// The editorial review pages: keyboard, selection, focus after swaps, announcements.
// Loaded after htmx (both deferred, in order). No inline scripts: the CSP forbids them.
"use strict";

(function () {
  document.documentElement.classList.add("js");

  // A refusal (409: someone else changed the event; 422: bad input) comes back as HTML to
  // show in place, so htmx swaps it like a success. Other errors are announced below.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "286", swap: true },
      { code: "[23]..", swap: true },
      { code: "409", swap: true, error: false },
      { code: "422", swap: true, error: false },
      { code: "[45]..", swap: false, error: true },
      { code: "...", swap: false },
    ];
    // Back to a filtered view asks the server again (editor pages are never cached): a
    // snapshot would show cards as they were and the next action would be refused as stale.
    htmx.config.historyCacheSize = 0;
    htmx.config.refreshOnHistoryMiss = true;
  }

  // Fields that take typed keys. A ticked checkbox or radio button (or a button) keeps the
  // focus after a click but takes no letters: the keys work there (x, m right after ticking).
  const TYPING = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=reset]), " +
    "textarea, select, [contenteditable=''], [contenteditable='true']";

  function cards() {
    return Array.from(document.querySelectorAll("[data-event-card], [data-edit-form]"));
  }

  function currentCard() {
    const active = document.activeElement;
    return active ? active.closest("[data-event-card], [data-edit-form]") : null;
  }

  function announce(text) {
    const region = document.getElementById("review-status");
    if (region) {
      region.textContent = text;
    }
  }

  // Shown as well as announced: a refusal that no card displays (a stale selection, an
  // ended session). The next request clears it.
  function alertVisibly(text, done) {
    const box = document.getElementById("review-alert");
    if (box && text) {
      box.textContent = text;
      box.classList.toggle("review-done", Boolean(done));
      box.hidden = false;
    }
  }

  // A link htmx would load in place still opens in a new tab or window on Ctrl-, Cmd- or
  // Shift-click, as links do (htmx would otherwise take the click).
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[href][hx-get]");
    if (link && (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1)) {
      event.stopPropagation();
    }
  }, true);

  document.addEventListener("htmx:beforeRequest", function () {
    const box = document.getElementById("review-alert");
    if (box) {
      box.hidden = true;
    }
  });

  function focusCard(card) {
    if (!card) {
      return;
    }
    if (!card.hasAttribute("tabindex")) {
      card.setAttribute("tabindex", "-1");
    }
    card.focus();
    card.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = cards();
    if (!all.length) {
      return;
    }
    const index = all.indexOf(currentCard());
    const next = index === -1 ? (step > 0 ? 0 : all.length - 1) : index + step;
    if (next >= 0 && next < all.length) {
      focusCard(all[next]);
    } else if (step > 0) {
      // At the end: bring in the next page when there is one.
      const more = document.querySelector(".more a");
      if (more) {
        focusAfterMore = all.length;
        more.click();
      }
    }
  }

  function press(card, selector) {
    const control = card && card.querySelector(selector);
    if (control) {
      control.click();
      return true;
    }
    return false;
  }

  function openKeys() {
    const dialog = document.getElementById("keys-dialog");
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }

  function updateSelection() {
    const selected = document.querySelectorAll("[data-select]:checked").length;
    const bar = document.getElementById("bulk-form");
    if (!bar) {
      return;
    }
    bar.classList.toggle("has-selection", selected > 0);
    const counter = bar.querySelector("[data-selected-count]");
    if (counter) {
      counter.textContent = String(selected);
    }
  }

  // Every card loaded so far (the pages shown by "Show the next events" included), except
  // merged ones, which take no action.
  function selectAllShown() {
    const boxes = document.querySelectorAll("#event-list [data-select]:not(:disabled)");
    boxes.forEach(function (box) {
      box.checked = true;
    });
    updateSelection();
    announce(boxes.length + " selected");
  }

  function clearSelection() {
    document.querySelectorAll("[data-select]:checked").forEach(function (box) {
      box.checked = false;
    });
    updateSelection();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    const target = event.target;
    if (target && target.closest && target.closest(TYPING)) {
      return;
    }
    if (document.querySelector("dialog[open]")) {
      return;
    }
    const card = currentCard();
    let handled = true;
    switch (event.key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "a":
        handled = press(card, "[data-action=approve]");
        break;
      case "r":
        handled = press(card, "[data-action=reject]");
        break;
      case "e":
        handled = press(card, "[data-action=edit]");
        break;
      case "x":
        if (card && card.querySelector("[data-select]:not(:disabled)")) {
          const box = card.querySelector("[data-select]");
          box.checked = !box.checked;
          updateSelection();
          announce((box.checked ? "Selected " : "Unselected ") + (card.querySelector(".card-title") || card).textContent.trim());
        } else {
          handled = false;
        }
        break;
      case "m":
        // The merge UI puts a [data-bulk-merge] control in the selection bar.
        handled = press(document, "[data-bulk-merge]");
        break;
      case "?":
        openKeys();
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    const target = event.target;
    if (!target.closest) {
      return;
    }
    if (target.closest("[data-keys-open]")) {
      openKeys();
    } else if (target.closest("[data-select-none]")) {
      clearSelection();
    } else if (target.closest("[data-select-all]")) {
      selectAllShown();
    }
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("[data-select]")) {
      updateSelection();
    }
  });

  // After a swap, give focus back when the swap took it away (the focused button was
  // replaced): to the editor's first invalid field, its first field, or the card.
  let focusAfterMore = -1;

  // The live poll adds new events at the top; a page loaded later by "next events" may bring
  // one of them again in its date order. One card per event: the later copy goes.
  function dropRepeatedCards() {
    const seen = new Set();
    document.querySelectorAll("[data-event-card][id]").forEach(function (card) {
      if (seen.has(card.id)) {
        card.remove();
      } else {
        seen.add(card.id);
      }
    });
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    dropRepeatedCards();
    const active = document.activeElement;
    const focusLost = !active || active === document.body || !document.contains(active);
    if (focusAfterMore >= 0) {
      const all = cards();
      if (focusAfterMore < all.length) {
        focusCard(all[focusAfterMore]);
      }
      focusAfterMore = -1;
      return;
    }
    const swapped = event.detail.target;
    const target = swapped && swapped.id ? document.getElementById(swapped.id) : null;
    if (!focusLost || !target || !target.matches("[data-event-card], [data-edit-form], #event-page")) {
      return;
    }
    if (target.matches("[data-edit-form]")) {
      const field = target.querySelector("[aria-invalid=true]") || target.querySelector("input[type=text], textarea");
      if (field) {
        field.focus();
        if (field.setSelectionRange && field.type === "text") {
          field.setSelectionRange(field.value.length, field.value.length);
        }
        return;
      }
    }
    focusCard(target);
  });

  // A button that swaps nothing itself ("Not the same") gets its card back out of band: the
  // button is gone, so the focus goes to the card it was on, not to the page's start.
  document.addEventListener("htmx:afterRequest", function (event) {
    // (requestConfig.elt: htmx re-sends the event from an ancestor once the button is gone)
    const elt = event.detail.requestConfig ? event.detail.requestConfig.elt : event.detail.elt;
    const old = elt && elt.closest ? elt.closest("[data-event-card]") : null;
    if (!old || !old.id) {
      return;
    }
    window.setTimeout(function () {
      const active = document.activeElement;
      const focusLost = !active || active === document.body || !document.contains(active);
      const fresh = document.getElementById(old.id);
      if (focusLost && fresh) {
        focusCard(fresh);
      }
    }, 60);
  });

  // The bulk bar's cards came back out of band: the selection they had is spent.
  // A refused selection (409: a colleague changed one) stays selected and says so.
  // A second click of a double click, after the first has done the work and cleared the
  // selection, would send an empty selection and be told "select at least one": not sent.
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "bulk-form" &&
        !document.querySelector("[data-select]:checked")) {
      event.preventDefault();
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.elt || event.detail.elt.id !== "bulk-form") {
      return;
    }
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status >= 400) {
      window.setTimeout(function () {
        const region = document.getElementById("review-status");
        alertVisibly(region ? region.textContent : "");
      }, 30);
    } else if (event.detail.successful) {
      clearSelection();
      window.setTimeout(function () {
        const region = document.getElementById("review-status");
        alertVisibly(region ? region.textContent : "", true);
      }, 30);
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    let message;
    if (status === 404) {
      message = "That event or article no longer exists. Reload the page.";
    } else if (status === 403 && event.detail.xhr.responseText.indexOf("data-csrf-failure") !== -1) {
      message = "This page is too old to send that. Nothing was changed: reload the page and do it again.";
    } else if (status === 403) {
      message = "You are no longer signed in as an editor. Reload the page to sign in.";
    } else {
      message = "That did not work (error " + status + "). Nothing was changed; try again.";
    }
    announce(message);
    alertVisibly(message);
  });

  // An edit in progress: Escape cancels it (as it closes the dialogs), and leaving the page
  // with typed changes unsaved asks first.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) {
      return;
    }
    const form = event.target.closest("[data-edit-form]");
    const cancel = form && form.querySelector("[data-action=cancel][hx-get]");
    if (cancel) {
      event.preventDefault();
      delete form.dataset.dirty;
      cancel.click();
    }
  });
  document.addEventListener("input", function (event) {
    const form = event.target.closest && event.target.closest("[data-edit-form]");
    if (form) {
      form.dataset.dirty = "1";
    }
  });
  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("[data-edit-form]")) {
      delete event.target.dataset.dirty;
    }
  }, true);
  document.addEventListener("click", function (event) {
    const cancel = event.target.closest && event.target.closest("[data-edit-form] [data-action=cancel]");
    if (cancel) {
      delete cancel.closest("[data-edit-form]").dataset.dirty;
    }
  }, true);
  // Another card's action may send this event's card back out of band (a save that changed
  // its suggested duplicates, a merge): an editor open here with typed changes stays.
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    const target = event.detail.target;
    if (target && target.matches && target.matches("[data-edit-form][data-dirty]")) {
      event.detail.shouldSwap = false;
    }
  });
  window.addEventListener("beforeunload", function (event) {
    if (document.querySelector("[data-edit-form][data-dirty]")) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  document.addEventListener("htmx:sendError", function () {
    announce("The server cannot be reached. Nothing was changed; try again.");
  });

  document.addEventListener("DOMContentLoaded", updateSelection);
})();

// Merging: the merge dialog opens when htmx swaps it in, Cancel closes it, and after a merge
// the event that stayed takes the focus (the server names it in an HX-Trigger header).
(function () {
  function refreshSelection() {
    const bar = document.getElementById("bulk-form");
    if (!bar) {
      return;
    }
    const selected = document.querySelectorAll("[data-select]:checked").length;
    bar.classList.toggle("has-selection", selected > 0);
    const counter = bar.querySelector("[data-selected-count]");
    if (counter) {
      counter.textContent = String(selected);
    }
  }

  document.addEventListener("htmx:afterSettle", function () {
    const dialog = document.querySelector("[data-merge-dialog]");
    if (dialog && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector("[role=alert]") ? dialog.querySelector("button[type=submit], a") : dialog.querySelector("input[type=radio]:checked");
      if (first) {
        first.focus();
      }
    }
    refreshSelection();
  });

  document.addEventListener("click", function (event) {
    const cancel = event.target.closest && event.target.closest("[data-merge-cancel]");
    const dialog = cancel && cancel.closest("dialog");
    if (dialog) {
      event.preventDefault();
      dialog.close();
    }
  });

  // A closed dialog leaves the page: Escape or Cancel give the focus back to the selection bar.
  document.addEventListener("close", function (event) {
    if (event.target.matches && event.target.matches("[data-merge-dialog]")) {
      const slot = document.getElementById("merge-dialog-slot");
      if (slot) {
        slot.replaceChildren();
      }
      const merge = document.querySelector("[data-bulk-merge]");
      if (merge && merge.offsetParent !== null) {
        merge.focus();
      }
    }
  }, true);

  document.body.addEventListener("timeline:focus", function (event) {
    const card = document.getElementById(event.detail.value);
    if (card) {
      card.focus();
      card.scrollIntoView({ block: "nearest" });
    }
  });
})();
