// Small progressive enhancements; every page works without this file. No inline handlers: behaviour hangs off data-* attributes.
//   data-confirm="..."     on a form, a submit button or a link: ask before going on.
//   data-autosubmit        on a select or input inside a GET filter form: submit on change (keep a visible submit button too).
//   data-print             on a button: print the page.
//   htmx requests          carry the antiforgery token from <meta name="request-verification-token">.
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // A submit button's own message wins over its form's.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-confirm], [data-print]") : null;
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-print")) {
      event.preventDefault();
      window.print();
      return;
    }
    // Submit buttons are asked in the submit handler, so a form submitted by Enter is asked too.
    var isSubmit = target.matches("button:not([type]), button[type='submit'], input[type='submit']") && target.form;
    if (!isSubmit && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  });

  document.addEventListener("change", function (event) {
    var control = event.target;
    if (!(control instanceof Element) || !control.hasAttribute("data-autosubmit") || !control.form) {
      return;
    }
    if (typeof control.form.requestSubmit === "function") {
      control.form.requestSubmit();
    } else {
      control.form.submit();
    }
  });

  document.addEventListener("htmx:configRequest", function (event) {
    var verb = (event.detail.verb || "get").toLowerCase();
    var meta = document.querySelector("meta[name='request-verification-token']");
    if (verb !== "get" && meta) {
      event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
    }
  });
})();
