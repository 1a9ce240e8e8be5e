// Candidate board: as the officer types a name, list matching Korean governments and foreign cities to choose from.
// Without JavaScript the 찾기 button does the same search on the server.
(function () {
  'use strict';
  var search = document.getElementById('find');
  var choices = document.querySelector('.gy-place-choices');
  if (!search || !choices) { return; }
  var english = document.documentElement.lang === 'en';
  var own = choices.getAttribute('data-owner');
  var timer = null;

  function option(key, name, detail) {
    var label = document.createElement('label');
    var input = document.createElement('input');
    input.type = 'radio';
    input.name = 'Add.PlaceKey';
    input.value = key;
    var sub = document.createElement('span');
    sub.className = 'gy-sub';
    sub.textContent = '(' + detail + ')';
    label.append(input, ' ' + name + ' ', sub);
    return label;
  }

  function show(governments, cities) {
    var legend = choices.querySelector('legend');
    var items = governments
      .filter(function (g) { return g.code !== own && g.tier !== 'AdministrativeCity'; })
      .map(function (g) { return option('KR-' + g.code, english ? g.nameEn : g.nameKo, (english ? g.nameKo : g.nameEn) + ' · ' + g.provinceKo); })
      .concat(cities
        .filter(function (c) { return c.countryCode !== 'KR'; })
        .map(function (c) {
          var name = english ? c.nameEn : (c.nameKo || c.nameEn);
          var country = english ? c.countryNameEn : c.countryNameKo;
          return option('FC-' + c.id, name, [english ? (c.nameKo || c.nameEn) : c.nameEn, country, c.adminRegion].filter(Boolean).join(' · '));
        }));
    choices.replaceChildren.apply(choices, [legend].concat(items));
  }

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : []; });
  }

  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = search.value.trim();
      if (q.length < 2) { return; }
      var term = encodeURIComponent(q);
      Promise.all([json('/api/local-governments?q=' + term), json('/api/foreign-cities?q=' + term)])
        .then(function (found) { show(found[0].slice(0, 15), found[1].slice(0, 20)); })
        .catch(function () { /* the 찾기 button still works */ });
    }, 250);
  });
}());
