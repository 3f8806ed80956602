// H5P activities in a lesson page. The player runs in a sandboxed frame, on its own
// origin when configured; it reports xAPI statements and saved state here by
// postMessage. This page checks where each message comes from and posts it to the
// server with its own session and CSRF token, which the frame never sees.
(function () {
  "use strict";
  if (window.lmsH5PLesson) return;  // one listener for every activity on the page
  window.lmsH5PLesson = true;
  var MIN_HEIGHT = 150, MAX_HEIGHT = 8000;

  function frameOf(event) {
    var frames = document.querySelectorAll("iframe.h5p-activity__frame");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return frames[i];
    }
    return null;
  }

  function part(frame, selector) {
    return frame.closest(".h5p-activity").querySelector(selector);
  }

  function say(frame, key) {
    var status = part(frame, ".h5p-activity__status");
    if (status) status.textContent = status.dataset[key] || "";
  }

  function post(frame, url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "X-CSRFToken": part(frame, "input[name=csrfmiddlewaretoken]").value,
        "X-Requested-With": "fetch"
      },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function isAnswer(statement) {
    var context = statement.context || {};
    var parent = (context.contextActivities || {}).parent;
    var result = statement.result;
    return !!result && ("score" in result || "success" in result) && !(parent && parent.length);
  }

  function relayStatement(frame, statement) {
    if (!statement || typeof statement !== "object") return;
    post(frame, frame.dataset.xapiUrl, statement).then(function (data) {
      if (isAnswer(statement)) say(frame, data.completed ? "lessonDone" : "saved");
    }).catch(function () {
      if (isAnswer(statement)) say(frame, "failed");
    });
  }

  function relayUserData(frame, payload) {
    if (!payload || typeof payload !== "object") return;
    post(frame, frame.dataset.userDataUrl, payload).catch(function () { /* next save retries */ });
  }

  function resize(frame, height) {
    if (typeof height !== "number" || !isFinite(height)) return;
    frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) + "px";
  }

  window.addEventListener("message", function (event) {
    var frame = frameOf(event);
    if (!frame || event.origin !== frame.dataset.h5pOrigin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    if (data.type === "lms-h5p-xapi") relayStatement(frame, data.statement);
    else if (data.type === "lms-h5p-user-data") relayUserData(frame, data.payload);
    else if (data.type === "lms-h5p-height") resize(frame, data.height);
  });
})();
