// Copy buttons for the links pages hand out (share link, continue-later link, invitation link).
// Without this script the link is still in a read-only field to select and copy by hand.
(function () {
  var script = document.currentScript;
  var copyLabel = (script && script.getAttribute('data-copy')) || 'Copy';
  var copiedLabel = (script && script.getAttribute('data-copied')) || 'Copied';

  function copied(button) {
    button.textContent = copiedLabel;
    window.setTimeout(function () { button.textContent = copyLabel; }, 2500);
  }

  function fallback(input, button) {
    input.focus();
    input.select();
    try {
      if (document.execCommand('copy')) { copied(button); }
    } catch (e) { /* the link stays selected: the person copies it by hand */ }
  }

  document.querySelectorAll('.copy-field').forEach(function (field) {
    var input = field.querySelector('.copy-input');
    if (!input || field.querySelector('.copy-button')) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-secondary copy-button';
    button.textContent = copyLabel;
    var label = field.querySelector('label');
    if (label && label.textContent) { button.setAttribute('aria-label', copyLabel + ': ' + label.textContent.trim()); }
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(function () { copied(button); },
          function () { fallback(input, button); });
      } else {
        fallback(input, button);
      }
    });
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.insertAdjacentElement('afterend', button);
    button.insertAdjacentElement('afterend', status);
    button.addEventListener('click', function () { window.setTimeout(function () { status.textContent = copiedLabel; }, 0); });
  });
})();
