// The shop's API client, with cordova-plugin-advanced-http. "nocheck" was left in from a staging build.
document.addEventListener('deviceready', function () {
  cordova.plugin.http.setServerTrustMode('nocheck', function () {
    cordova.plugin.http.get('https://api.example.com/v1/cart', {}, {}, function (r) {
      document.getElementById('cart').textContent = r.data;
    }, function (e) { console.error(e.status); });
  }, function () { console.error('trust mode not set'); });
}, false);
