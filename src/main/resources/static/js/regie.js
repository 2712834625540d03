// Small enhancements on top of pages that work without JavaScript.
(function () {
  'use strict';

  // The error summary takes the focus when the page opens (autofocus does this in most
  // browsers), and each of its links moves the focus to its field with the field's label
  // or legend in view (GOV.UK's pattern: an anchor alone only scrolls).
  function focusErrorSummary(root) {
    var summary = (root || document).querySelector('#error-summary');
    if (summary && document.activeElement !== summary && !summary.contains(document.activeElement)) {
      summary.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#error-summary a[href^="#"]');
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute('href').substring(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var fieldset = field.closest('fieldset');
    var inGroup = (field.type === 'radio' || field.type === 'checkbox') && fieldset;
    var caption = inGroup ? fieldset.querySelector('legend') : document.querySelector('label[for="' + field.id + '"]');
    (caption || field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  });

  // A button with data-copy copies the text of the element it names.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button || !navigator.clipboard) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source) {
      navigator.clipboard.writeText(source.innerText).then(function () {
        var done = button.getAttribute('data-copied');
        if (done) {
          var status = document.getElementById(button.getAttribute('aria-describedby') || '');
          if (status) {
            status.textContent = done;
          }
        }
      });
    }
  });

  // A button with data-print prints the page (the print style sheet shows only the letter).
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });

  // The age next to a date of birth follows the date as it is typed (the server shows it
  // after every round trip too). The words come from the page (data-zero, -one, -many).
  document.addEventListener('input', function (event) {
    var input = event.target;
    var age = input && input.id && document.querySelector('[data-age-of="' + input.id + '"]');
    if (!age) {
      return;
    }
    var born = input.value ? new Date(input.value + 'T00:00:00') : null;
    var today = new Date();
    if (!born || isNaN(born.getTime()) || born > today) {
      age.textContent = '';
      return;
    }
    var years = today.getFullYear() - born.getFullYear();
    if (today.getMonth() < born.getMonth() || (today.getMonth() === born.getMonth() && today.getDate() < born.getDate())) {
      years--;
    }
    age.textContent = years === 0 ? age.getAttribute('data-zero')
      : years === 1 ? age.getAttribute('data-one') : age.getAttribute('data-many').replace('{0}', years);
  });

  document.addEventListener('DOMContentLoaded', function () {
    focusErrorSummary(document);
    // Buttons that only work with JavaScript are hidden until it runs.
    document.querySelectorAll('[data-print][hidden], [data-copy][hidden]').forEach(function (button) {
      if (button.hasAttribute('data-print') || navigator.clipboard) {
        button.hidden = false;
      }
    });
  });
  // After an htmx swap (a household member added or removed) the focus goes where the
  // server says (data-focus): the new member's first field, or the list after a removal.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = document.querySelector('[data-focus]');
    if (target) {
      target.focus();
      target.removeAttribute('data-focus');
    }
  });
}());
