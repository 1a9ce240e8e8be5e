// Create form: show the partner fields of the chosen scope, and suggest cities of the chosen country as the officer types.
(function () {
  'use strict';
  var form = document.querySelector('form.gy-form');
  if (!form) { return; }

  function syncScope() {
    var chosen = form.querySelector('[data-toggle-scope]:checked');
    var scope = chosen ? chosen.value : 'domestic';
    form.querySelectorAll('[data-scope]').forEach(function (el) {
      el.hidden = el.getAttribute('data-scope') !== scope;
    });
  }
  form.querySelectorAll('[data-toggle-scope]').forEach(function (el) { el.addEventListener('change', syncScope); });
  syncScope();

  // The signing details matter only for an agreement already signed; without JavaScript they simply stay visible.
  var existing = form.querySelector('[data-toggle-existing]');
  var details = form.querySelector('[data-existing-details]');
  function syncExisting() { if (existing && details) { details.hidden = !existing.checked; } }
  if (existing) { existing.addEventListener('change', syncExisting); }
  syncExisting();

  var search = form.querySelector('[data-city-search]');
  var country = form.querySelector('[data-city-country]');
  var list = document.getElementById('city-suggestions');
  var timer = null;
  if (!search || !country || !list) { return; }
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (search.value.trim().length < 2) { return; }
      var url = '/api/foreign-cities?q=' + encodeURIComponent(search.value.trim()) + '&country=' + encodeURIComponent(country.value);
      fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (cities) {
          list.replaceChildren.apply(list, cities.map(function (c) {
            var option = document.createElement('option');
            option.value = c.nameEn;
            option.label = (c.nameKo ? c.nameKo + ' · ' : '') + (c.adminRegion || '') + ' · ' + c.countryNameKo;
            return option;
          }));
        })
        .catch(function () { /* suggestions are optional */ });
    }, 200);
  });
}());
