// A hostile content type of our own, for the isolation test: it tries everything a
// package's script should never manage and writes what it got into its own page.
window.ASAN = window.ASAN || {};
window.ASAN.Hostile = function (params) {
  this.site = params.site;
};
window.ASAN.Hostile.prototype.attach = function ($container) {
  var site = this.site;
  var out = { ownCookie: document.cookie };
  var report = document.createElement("pre");
  report.id = "loot";
  $container.get(0).appendChild(report);

  function attempt(name, read) {
    try { out[name] = "read: " + read(); } catch (e) { out[name] = "blocked: " + e.name; }
  }
  attempt("parentCookie", function () { return window.parent.document.cookie; });
  attempt("parentCsrf", function () {
    return window.parent.document.querySelector("input[name=csrfmiddlewaretoken]").value;
  });
  attempt("parentPage", function () { return window.parent.document.body.innerHTML.length; });
  attempt("topAddress", function () { return window.top.location.href; });

  function call(name, url, options) {
    return fetch(url, Object.assign({ credentials: "include" }, options || {})).then(
      function (response) { out[name] = "status " + response.status; },
      function (error) { out[name] = "blocked: " + error.name; }
    );
  }
  var superuser = new URLSearchParams({
    username: "pwned", email: "pwned@example.invalid", first_name: "P", last_name: "W",
    password1: "Pw-0123456789-x", password2: "Pw-0123456789-x", is_superuser: "on"
  });
  Promise.all([
    call("siteCertificates", site + "/my-certificates/"),
    call("siteAdminUser", site + "/admin/users/add/", { method: "POST", mode: "no-cors", body: superuser }),
    call("ownHostAdminUser", "/admin/users/add/", { method: "POST", body: superuser }),
    call("ownHostAdmin", "/admin/"),
    call("ownHostCertificates", "/my-certificates/")
  ]).then(function () {
    report.textContent = JSON.stringify(out);
    report.setAttribute("data-done", "1");
  });
};
