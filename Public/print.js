// Shows the report's Print button and prints on a click. Without JavaScript the button stays
// hidden and the page says how to print from the browser.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
