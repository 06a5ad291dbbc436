// The shop's API client, with cordova-plugin-advanced-http pinned to the certificates in www/certificates.
document.addEventListener('deviceready', function () {
  cordova.plugin.http.setServerTrustMode('pinned', function () {
    cordova.plugin.http.get('https://api.example.com/v1/cart', {}, {}, function (r) {
      document.getElementById('cart').textContent = r.data;
    }, function (e) { console.error(e.status); });
  }, function () { console.error('pinning not set up'); });
}, false);
