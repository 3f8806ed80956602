// The H5P player page (inside the lesson's sandboxed frame): starts h5p-standalone
// with what the server put in #h5p-config and tells the lesson page its height.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var container = document.getElementById("h5p-container");

  // A browser that blocks third-party storage throws on any use of localStorage in
  // this frame (another site than the lesson). H5P core uses it for small things
  // (clipboard, offline queue); give it storage that lasts as long as the page.
  // Saved state does not depend on it: it goes to the server.
  function ensureStorage() {
    try {
      window.localStorage.getItem("lms-h5p");
      return;
    } catch (blocked) { /* fall through */ }
    var items = {};
    var memory = {
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
    try {
      Object.defineProperty(window, "localStorage", { configurable: true, value: memory });
    } catch (impossible) { /* H5P core guards most uses itself */ }
  }

  function reportHeight() {
    if (window.parent === window) return;
    var send = function () {
      window.parent.postMessage(
        { type: "lms-h5p-height", height: document.documentElement.scrollHeight },
        config.parentOrigin
      );
    };
    if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
    send();
  }

  ensureStorage();
  new H5PStandalone.H5P(container, {
    id: config.id,
    h5pJsonPath: config.h5pJsonPath,
    librariesPath: config.librariesPath,
    frameJs: config.frameJs,
    frameCss: config.frameCss,
    customJs: config.customJs,
    embedType: config.embedType,
    title: config.title,
    xAPIObjectIRI: config.xAPIObjectIRI,
    saveFreq: config.saveFreq,
    contentUserData: config.contentUserData,
    user: config.user,
    ajax: { contentUserDataUrl: config.userDataUrl },
    frame: false, copyright: false, export: false, embed: false, icon: false,
    fullScreen: false
  }).then(reportHeight, function (error) {
    if (window.console) console.error("H5P player:", error);
    container.textContent = config.failedText;
    reportHeight();
  });
})();
