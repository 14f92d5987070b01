// Article pages: the drop zone, the list of chosen files, upload progress, resetting forms.
// No inline scripts anywhere: the Content-Security-Policy forbids them.
"use strict";

(function () {
  function formatSize(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toFixed(1) + " MB";
    if (bytes >= 1024) return Math.round(bytes / 1024) + " KB";
    return bytes + " bytes";
  }

  function listChosen(zone, input) {
    var list = zone.querySelector("[data-chosen]");
    if (!list) return;
    list.replaceChildren();
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement("li");
      item.textContent = file.name + " (" + formatSize(file.size) + ")";
      list.appendChild(item);
    });
  }

  function setUpDropZone(zone) {
    var input = zone.querySelector("input[type=file]");
    if (!input) return;
    input.addEventListener("change", function () { listChosen(zone, input); });
    zone.addEventListener("dragover", function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
    zone.addEventListener("dragleave", function (event) {
      if (!zone.contains(event.relatedTarget)) zone.classList.remove("dragging");
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("dragging");
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      input.files = event.dataTransfer.files;
      listChosen(zone, input);
    });
  }

  function setUpUploadForm(form) {
    var progress = form.querySelector("[data-progress]");
    form.addEventListener("htmx:xhr:progress", function (event) {
      if (!progress || !event.detail.lengthComputable) return;
      progress.hidden = false;
      progress.value = Math.round((event.detail.loaded / event.detail.total) * 100);
    });
    form.addEventListener("htmx:afterRequest", function (event) {
      if (progress) progress.hidden = true;
      if (!event.detail.successful) return;
      // Each file now has its outcome below: clear the choice for the next batch.
      var input = form.querySelector("input[type=file]");
      if (input) input.value = "";
      var zone = form.querySelector("[data-dropzone]");
      if (zone && input) listChosen(zone, input);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-dropzone]").forEach(setUpDropZone);
    var upload = document.getElementById("upload-form");
    if (upload) setUpUploadForm(upload);
  });

  // A request refused outright (the session ended: 403) or failed is said on the page.
  document.addEventListener("htmx:beforeRequest", function () {
    var box = document.getElementById("page-alert");
    if (box) box.hidden = true;
  });
  document.addEventListener("htmx:responseError", function (event) {
    var box = document.getElementById("page-alert");
    if (!box) return;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 403 && event.detail.xhr.responseText.indexOf("data-csrf-failure") !== -1) {
      box.textContent = "This page is too old to send that. Reload the page and send it again; nothing was saved.";
    } else if (status === 403) {
      box.textContent = "You are no longer signed in as an editor. Reload the page to sign in; nothing was saved.";
    } else if (status >= 500) {
      box.textContent = "That did not work (error " + status + "). Nothing was saved; try again.";
    } else {
      return;  // a refused form (400, 422) shows its own errors
    }
    box.hidden = false;
  });

  // The server says a pasted text was saved (HX-Trigger): empty the box for the next one.
  document.addEventListener("article-pasted", function () {
    var paste = document.getElementById("paste-form");
    if (paste) paste.reset();
  });
})();
