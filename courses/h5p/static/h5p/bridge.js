// Runs inside the H5P runtime of the player page (loaded after H5P core, before the
// content starts). It hands xAPI statements and saved state to the lesson page by
// postMessage, to that page's origin only. Nothing here is trusted by the server:
// it validates every statement and takes the learner from the session.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var prefix = config.userDataUrl.split(":dataType")[0];

  function send(message) {
    if (window.parent !== window) window.parent.postMessage(message, config.parentOrigin);
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 15) | 64;
    bytes[8] = (bytes[8] & 63) | 128;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 256).toString(16).slice(1);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20),
      hex.slice(20)].join("-");
  }

  H5P.externalDispatcher.on("xAPI", function (event) {
    var statement = JSON.parse(JSON.stringify(event.data.statement));
    statement.id = statement.id || newId();  // the server keeps each id once
    send({ type: "lms-h5p-xapi", statement: statement });
  });

  // H5P core loads and saves state with jQuery.ajax at config.userDataUrl. This
  // transport answers those calls here: loads come from the state the server put in
  // the page, saves go to the lesson page, which posts them with its session.
  H5P.jQuery.ajaxTransport("json", function (options) {
    if (options.url.indexOf(prefix) !== 0) return undefined;
    return {
      send: function (headers, done) {
        var names = options.url.slice(prefix.length).split("/");
        if (options.type === "POST") {
          var form = new URLSearchParams(options.data || "");
          send({
            type: "lms-h5p-user-data",
            payload: {
              dataType: decodeURIComponent(names[0] || ""),
              subContentId: decodeURIComponent(names[1] || "0"),
              data: form.get("data"),
              preload: form.get("preload"),
              invalidate: form.get("invalidate")
            }
          });
        }
        done(200, "OK", { json: { success: true, data: false } });
      },
      abort: function () {}
    };
  });
})();
