// Platform: ios. A trimmed cordova.js: the bridge the plugins below call through.
(function () {
  var channel = { onDeviceReady: { subscribe: function (fn) { setTimeout(fn, 0); } } };
  window.cordova = {
    platformId: 'ios',
    version: '7.1.0',
    exec: function (success, fail, service, action, args) { window.webkit.messageHandlers.cordova.postMessage([service, action, args]); },
    channel: channel
  };
})();
