document.addEventListener('deviceready', function () {
    cordova.plugin.http.setServerTrustMode('nocheck', function () {}, function () {});
}, false);
