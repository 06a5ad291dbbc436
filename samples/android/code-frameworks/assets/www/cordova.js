/* marker: Cordova runtime */
window.cordova = window.cordova || {};
