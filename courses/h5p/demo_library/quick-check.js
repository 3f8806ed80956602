/* ASAN.QuickCheck: one question with a few answers. Checking the answer emits the
   xAPI "answered" statement with the score through H5P's EventDispatcher. The DOM
   is built with textContent only, so content text never becomes markup. H5P core
   finds the constructor by the machine name: window.ASAN.QuickCheck. */
window.ASAN = window.ASAN || {};

window.ASAN.QuickCheck = (function (EventDispatcher) {
  "use strict";

  function QuickCheck(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    this.texts = this.params.l10n || {};
    var previous = extras && extras.previousState;
    this.selected = previous && typeof previous.selected === "number" ? previous.selected : null;
    this.checked = false;
  }

  QuickCheck.prototype = Object.create(EventDispatcher.prototype);
  QuickCheck.prototype.constructor = QuickCheck;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  QuickCheck.prototype.attach = function ($container) {
    var self = this;
    var root = element("div", "quick-check");
    var fieldset = element("fieldset", "quick-check__question");
    fieldset.appendChild(element("legend", null, this.params.question || ""));
    this.inputs = (this.params.answers || []).map(function (answer, index) {
      var label = element("label", "quick-check__answer");
      var input = element("input");
      input.type = "radio";
      input.name = "quick-check-" + self.contentId;
      input.value = String(index);
      input.checked = index === self.selected;
      input.addEventListener("change", function () { self.selected = index; });
      label.appendChild(input);
      label.appendChild(element("span", null, " " + (answer.text || "")));
      fieldset.appendChild(label);
      return input;
    });
    root.appendChild(fieldset);
    this.button = element("button", "quick-check__button", this.texts.check || "Check");
    this.button.type = "button";  // no form: the player's frame may not submit one
    this.feedback = element("p", "quick-check__feedback");
    this.feedback.setAttribute("role", "status");
    root.appendChild(this.button);
    root.appendChild(this.feedback);
    this.button.addEventListener("click", function () {
      if (self.checked) self.retry(); else self.check();
    });
    $container.get(0).appendChild(root);
  };

  QuickCheck.prototype.check = function () {
    if (this.selected === null) {
      this.feedback.textContent = this.texts.choose || "";
      return;
    }
    var answer = this.params.answers[this.selected] || {};
    var score = answer.correct ? 1 : 0;
    var passMark = (this.params.passPercentage === undefined ? 100 : this.params.passPercentage) / 100;
    this.checked = true;
    this.inputs.forEach(function (input) { input.disabled = true; });
    this.feedback.textContent = (score ? this.texts.correct : this.texts.wrong) +
      (answer.feedback ? " " + answer.feedback : "");
    this.button.textContent = this.texts.retry || "Try again";
    this.triggerXAPIScored(score, 1, "answered", true, score >= passMark);
  };

  QuickCheck.prototype.retry = function () {
    this.checked = false;
    this.selected = null;
    this.inputs.forEach(function (input) { input.disabled = false; input.checked = false; });
    this.feedback.textContent = "";
    this.button.textContent = this.texts.check || "Check";
  };

  QuickCheck.prototype.getCurrentState = function () {
    return { selected: this.selected };
  };

  QuickCheck.prototype.getScore = function () {
    var answer = this.selected === null ? null : this.params.answers[this.selected];
    return this.checked && answer && answer.correct ? 1 : 0;
  };

  QuickCheck.prototype.getMaxScore = function () { return 1; };

  return QuickCheck;
})(H5P.EventDispatcher);
