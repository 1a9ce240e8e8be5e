// Offline partner map: country outlines from world-atlas (no tile server), partners as coloured dots.
//
// Page markup (the list of the same places, as the text alternative, is the page's job):
//   @section Styles  { <link rel="stylesheet" href="~/lib/leaflet/leaflet.css"> }
//   @section Scripts {
//     <script src="~/lib/leaflet/leaflet.js" defer></script>
//     <script src="~/lib/topojson-client/topojson-client.min.js" defer></script>
//     <script src="~/js/partner-map.js" asp-append-version="true" defer></script>
//   }
//   <div class="gy-map" data-partner-map data-points-url="/api/..." aria-label="..."></div>  (the element becomes the map)
//
// Attributes: data-points-url (required) returns
//   [{ name, nameEn, lat, lng, kind: "domestic|international|self", status, type, url, statusLabel?, typeLabel?, kindLabel? }]
// optional: data-view="world|korea" (first view), data-atlas-url, data-tile-url + data-tile-attribution,
// data-label-world, data-label-korea, data-label-open (link text in popups).
// When drawn the element gets data-map-ready="true" and data-marker-count (for tests).
(function () {
  "use strict";

  var script = document.currentScript;
  var defaultAtlasUrl = new URL("../lib/world-atlas/countries-50m.json", script ? script.src : window.location.href).href;

  var WORLD = [[-50, -170], [72, 190]];
  var KOREA = [[33.0, 124.6], [38.7, 131.9]];
  var KOREA_ID = "410"; // ISO 3166-1 numeric, as world-atlas keys its countries
  var ANTARCTICA_ID = "010";

  var english = (document.documentElement.lang || "ko").toLowerCase().indexOf("en") === 0;
  var text = english
    ? {
      world: "World", korea: "Korea", open: "View partnership", self: "Our government",
      mapLabel: "Map of partner cities", failed: "The map could not be loaded.", views: "Map view",
      kinds: { self: "Our government", domestic: "Domestic partner", international: "International partner" },
      status: {
        Candidate: "Candidate", Exploring: "Exploring", Negotiating: "Negotiating", CouncilApproved: "Council approved",
        Active: "Active", Dormant: "Dormant", Terminated: "Terminated"
      },
      type: { SisterCity: "Sister city", Friendship: "Friendship city", ExchangeMou: "Exchange MOU" }
    }
    : {
      world: "세계", korea: "한국", open: "교류 관계 보기", self: "우리 기관",
      mapLabel: "교류 도시 지도", failed: "지도를 불러오지 못했습니다.", views: "지도 보기",
      kinds: { self: "우리 기관", domestic: "국내 교류", international: "국제 교류" },
      status: {
        Candidate: "후보", Exploring: "정보수집·의향 타진", Negotiating: "실무협의", CouncilApproved: "의회 의결",
        Active: "교류 중", Dormant: "휴면", Terminated: "종료"
      },
      type: { SisterCity: "자매결연", Friendship: "우호교류", ExchangeMou: "교류 MOU" }
    };

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined && content !== null) {
      node.textContent = content;
    }
    return node;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + " answered " + response.status);
      }
      return response.json();
    });
  }

  function kindOf(point) {
    return point.kind === "self" || point.kind === "domestic" ? point.kind : "international";
  }

  function displayName(point) {
    return english && point.nameEn ? point.nameEn : point.name;
  }

  function popupContent(point, openLabel) {
    var box = el("div", "gy-map-popup");
    box.appendChild(el("p", "gy-map-popup-title", displayName(point)));
    if (english && point.nameEn && point.name && point.name !== point.nameEn) {
      var original = el("p", "gy-muted", point.name);
      original.lang = "ko";
      box.appendChild(original);
    }
    var kind = kindOf(point);
    var facts = [point.kindLabel || (kind === "self" ? text.self : text.kinds[kind])];
    var type = point.typeLabel || text.type[point.type] || point.type;
    var status = point.statusLabel || text.status[point.status] || point.status;
    if (type) {
      facts.push(type);
    }
    if (status) {
      facts.push(status);
    }
    box.appendChild(el("p", null, facts.join(" · ")));
    if (point.url) {
      var link = el("a", null, openLabel);
      link.href = point.url;
      box.appendChild(link);
    }
    return box;
  }

  function addMarker(layer, point, openLabel) {
    var kind = kindOf(point);
    var size = kind === "self" ? 18 : 14;
    var label = displayName(point) + " (" + (point.kindLabel || (kind === "self" ? text.self : text.kinds[kind])) + ")";
    var marker = L.marker([point.lat, point.lng], {
      icon: L.divIcon({ className: "gy-map-dot kind-" + kind, iconSize: [size, size], html: "" }),
      keyboard: true,
      title: label,
      riseOnHover: true,
      zIndexOffset: kind === "self" ? 1000 : 0
    });
    marker.bindPopup(function () { return popupContent(point, openLabel); }, { maxWidth: 280 });

    marker.on("add", function () {
      var icon = marker.getElement();
      icon.setAttribute("aria-label", label);
      icon.setAttribute("aria-haspopup", "dialog");
      // Leaflet opens the popup on Enter; a role=button should answer Space too.
      icon.addEventListener("keydown", function (event) {
        if (event.key === " ") {
          event.preventDefault();
          marker.openPopup();
        }
      });
    });
    // Opened from the keyboard: move focus into the popup, and back to the dot when it closes.
    marker.on("popupopen", function (event) {
      var icon = marker.getElement();
      if (icon && document.activeElement === icon) {
        var link = event.popup.getElement().querySelector("a[href]:not(.leaflet-popup-close-button)");
        (link || event.popup.getElement().querySelector(".leaflet-popup-close-button") || icon).focus();
      }
    });
    marker.on("popupclose", function (event) {
      var popupElement = event.popup.getElement();
      var icon = marker.getElement();
      if (icon && popupElement && popupElement.contains(document.activeElement)) {
        icon.focus();
      }
    });
    layer.addLayer(marker);
  }

  // Rings that cross 180° (Russia's Chukotka, Fiji) would be drawn as bands across the whole map; move their
  // western half east of 180° instead.
  function unwrapRing(ring) {
    var east = false;
    var west = false;
    ring.forEach(function (p) { east = east || p[0] > 150; west = west || p[0] < -150; });
    if (east && west) {
      ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } });
    }
  }

  function unwrapAntimeridian(feature) {
    var geometry = feature.geometry;
    if (!geometry) {
      return;
    }
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (polygon) { polygon.forEach(unwrapRing); });
  }

  function drawOutlines(map, atlasUrl) {
    if (!window.topojson) {
      return Promise.reject(new Error("partner-map.js needs topojson-client.min.js loaded before it."));
    }
    return getJson(atlasUrl).then(function (topology) {
      var countries = topojson.feature(topology, topology.objects.countries);
      countries.features = countries.features.filter(function (f) { return String(f.id) !== ANTARCTICA_ID; });
      countries.features.forEach(unwrapAntimeridian);
      L.geoJSON(countries, {
        interactive: false,
        renderer: L.canvas({ padding: 0.5 }),
        style: function (feature) {
          var korea = String(feature.id) === KOREA_ID;
          return {
            color: korea ? "#86aff9" : "#b1b8be",
            weight: korea ? 1 : 0.6,
            fillColor: korea ? "#ecf2fe" : "#ffffff",
            fillOpacity: 1
          };
        },
        attribution: "Natural Earth"
      }).addTo(map);
    });
  }

  // The two views as a Leaflet control, so they sit on the map and need no room in the page.
  function viewControl(root, fit) {
    var buttons = {};
    var Control = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var group = el("div", "gy-map-views");
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", text.views);
        [["world", root.getAttribute("data-label-world") || text.world],
         ["korea", root.getAttribute("data-label-korea") || text.korea]].forEach(function (view) {
          var button = el("button", "krds-btn small secondary", view[1]);
          button.type = "button";
          button.setAttribute("aria-pressed", "false");
          button.addEventListener("click", function () { fit(view[0]); });
          buttons[view[0]] = button;
          group.appendChild(button);
        });
        L.DomEvent.disableClickPropagation(group);
        L.DomEvent.disableScrollPropagation(group);
        return group;
      }
    });
    return {
      control: new Control(),
      mark: function (view) {
        Object.keys(buttons).forEach(function (name) {
          buttons[name].setAttribute("aria-pressed", name === view ? "true" : "false");
        });
      }
    };
  }

  function inKorea(point) {
    return point.lat >= KOREA[0][0] && point.lat <= KOREA[1][0] && point.lng >= KOREA[0][1] && point.lng <= KOREA[1][1];
  }

  function init(root) {
    if (root.getAttribute("data-map-ready")) {
      return;
    }
    var pointsUrl = root.getAttribute("data-points-url");
    if (!pointsUrl) {
      return;
    }
    // The element itself becomes the map; .gy-map gives it a height unless the page styles it otherwise.
    root.classList.add("gy-map");
    if (!root.hasAttribute("role")) {
      root.setAttribute("role", "region");
    }
    if (!root.hasAttribute("aria-label") && !root.hasAttribute("aria-labelledby")) {
      root.setAttribute("aria-label", text.mapLabel);
    }

    var map = L.map(root, {
      zoomSnap: 0.25,
      minZoom: 0,
      maxZoom: 12,
      worldCopyJump: false,
      maxBounds: [[-85, -220], [85, 220]],
      keyboard: true
    });

    var current = null;
    var views = viewControl(root, fit);
    function fit(view, animate) {
      current = view;
      map.fitBounds(view === "korea" ? KOREA : WORLD, { padding: [12, 12], animate: animate !== false });
      views.mark(view);
    }
    views.control.addTo(map);
    fit(root.getAttribute("data-view") === "korea" ? "korea" : "world", false);

    var tileUrl = root.getAttribute("data-tile-url");
    var outlines = tileUrl
      ? Promise.resolve(L.tileLayer(tileUrl, { attribution: root.getAttribute("data-tile-attribution") || "" }).addTo(map))
      : drawOutlines(map, root.getAttribute("data-atlas-url") || defaultAtlasUrl);

    var markers = L.layerGroup().addTo(map);
    var points = getJson(pointsUrl).then(function (items) {
      var valid = (Array.isArray(items) ? items : []).filter(function (p) {
        return typeof p.lat === "number" && typeof p.lng === "number" && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;
      });
      var openLabel = root.getAttribute("data-label-open") || text.open;
      valid.forEach(function (point) { addMarker(markers, point, openLabel); });
      if (!root.getAttribute("data-view") && valid.length > 0 && valid.every(inKorea)) {
        fit("korea", false);
      }
      root.setAttribute("data-marker-count", String(valid.length));
    });

    Promise.all([outlines, points]).then(function () {
      root.setAttribute("data-map-ready", "true");
    }).catch(function (error) {
      var message = el("p", "gy-map-error", text.failed);
      message.setAttribute("role", "status");
      root.appendChild(message);
      root.setAttribute("data-map-ready", "error");
      if (window.console) {
        console.error(error);
      }
    });

    // Laid out before fonts load or a hidden tab opens; keep the chosen view when the size changes.
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        map.invalidateSize();
        if (current) {
          fit(current, false);
        }
      }).observe(root);
    }
  }

  function start() {
    if (!window.L) {
      if (window.console) {
        console.error("partner-map.js needs leaflet.js loaded before it.");
      }
      return;
    }
    document.querySelectorAll("[data-partner-map]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
