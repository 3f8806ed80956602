// Quiz attempt: autosave, offline safety, server-driven countdown. No answer data
// beyond what the employee entered ever passes through here.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form) return;
  var state = document.getElementById("save-state");
  var version = form.querySelector("input[name=version]");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var storeKey = "lms-attempt-" + form.dataset.attempt;
  var timer = null, saving = false, pending = false, submitting = false;

  function say(kind) {
    state.textContent = state.dataset[kind] || kind;
    state.className = "save-state save-state--" + kind;
  }

  function snapshot() {
    var pairs = [];
    new FormData(form).forEach(function (value, key) { pairs.push([key, value]); });
    return pairs;
  }

  function keepLocally() {
    try { localStorage.setItem(storeKey, JSON.stringify(snapshot())); } catch (e) { /* full or private */ }
  }

  function restoreLocal() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
    if (!saved) return false;
    var byName = {};
    saved.forEach(function (pair) { (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]); });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrfmiddlewaretoken" || el.name === "version") return;
      var values = byName[el.name];
      if (el.type === "radio" || el.type === "checkbox") {
        if (values) el.checked = values.indexOf(el.value) !== -1;
        else if (el.type === "checkbox" && byName[el.name + "-present"] === undefined) return;
        else if (el.type === "checkbox") el.checked = false;
      } else if (values) {
        el.value = values[0];
      }
    });
    return true;
  }

  function markOverview() {
    Array.prototype.forEach.call(document.querySelectorAll(".quiz-overview__list li"), function (li) {
      var slot = li.dataset.slot;
      var fields = form.querySelectorAll("[name^='q" + slot + "']");
      if (!fields.length) return;  // on another page
      var answered = Array.prototype.some.call(fields, function (el) {
        if (el.type === "hidden") return false;
        if (el.type === "radio" || el.type === "checkbox") return el.checked;
        return el.value !== "";
      });
      var label = li.querySelector(".quiz-overview__state");
      li.classList.toggle("is-answered", answered);
      label.textContent = answered ? label.dataset.answered : label.dataset.unanswered;
    });
  }

  function save() {
    if (saving) { pending = true; return; }
    if (!navigator.onLine) { keepLocally(); say("offline"); return; }
    saving = true; pending = false;
    var body = new FormData(form);
    fetch(form.dataset.saveUrl, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().then(function (data) { return [response, data]; });
    }).then(function (result) {
      var response = result[0], data = result[1];
      if (response.ok) {
        version.value = data.version;
        try { localStorage.removeItem(storeKey); } catch (e) { /* ignore */ }
        say("saved");
      } else {
        state.textContent = data.error;
        state.className = "save-state save-state--error";
      }
    }).catch(function () {
      keepLocally(); say("offline"); pending = true;
    }).then(function () {
      saving = false;
      if (pending && navigator.onLine) schedule();
    });
  }

  function schedule() {
    clearTimeout(timer);
    keepLocally();
    markOverview();
    say("saving");
    timer = setTimeout(save, 700);
  }

  form.addEventListener("change", schedule);
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") schedule();
  });
  window.addEventListener("offline", function () { say("offline"); });
  window.addEventListener("online", function () { say("back"); save(); });
  form.addEventListener("submit", function (event) {
    if (!navigator.onLine) { event.preventDefault(); keepLocally(); say("offlineSubmit"); return; }
    submitting = true;
    try { localStorage.removeItem(storeKey); } catch (e) { /* ignore */ }
  });

  if (restoreLocal()) { markOverview(); save(); }

  var clock = document.getElementById("quiz-timer");
  if (clock) {
    var offset = Number(clock.dataset.serverNow) * 1000 - Date.now();
    var deadline = Number(clock.dataset.deadline) * 1000;
    var alertBox = document.getElementById("time-alert");
    var warned = {};
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - (Date.now() + offset)) / 1000));
      var minutes = Math.floor(left / 60), seconds = left % 60;
      clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      if (left <= 300 && !warned.five) { warned.five = true; alertBox.textContent = alertBox.dataset.five; }
      if (left <= 60 && !warned.one) { warned.one = true; alertBox.textContent = alertBox.dataset.one; }
      if (left === 0 && !submitting) {
        submitting = true;
        clock.textContent = clock.dataset.expiredText;
        form.requestSubmit ? form.requestSubmit() : form.submit();
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
