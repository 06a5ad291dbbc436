"""Library attribution: whether a class is the app's own code or belongs to a known SDK.

A class under the app's own package (from the manifest) is the app's. Otherwise the longest matching
package prefix of a known SDK names it. Anything else (including R8-renamed classes such as `La/b/c;`) is
counted as the app's own code: a finding is never hidden because its package is unknown.
"""

from __future__ import annotations

# package prefix (slash form, ending with "/") -> library name shown to users and used by --exclude-libraries
KNOWN_SDKS: dict[str, str] = {
    "io/netty/": "netty",
    "okhttp3/": "okhttp",
    "okio/": "okio",
    "com/squareup/okhttp/": "okhttp2",
    "retrofit2/": "retrofit",
    "org/apache/http/": "apache-httpclient",
    "org/apache/commons/": "apache-commons",
    "org/bouncycastle/": "bouncycastle",
    "org/conscrypt/": "conscrypt",
    "org/spongycastle/": "spongycastle",
    "com/google/android/gms/": "google-play-services",
    "com/google/firebase/": "firebase",
    "com/google/android/material/": "material-components",
    "com/google/gson/": "gson",
    "com/google/common/": "guava",
    "com/google/protobuf/": "protobuf",
    "io/grpc/": "grpc",
    "com/android/volley/": "volley",
    "com/facebook/react/": "react-native",
    "com/facebook/": "facebook-sdk",
    "com/toyberman/": "react-native-ssl-pinning",
    "org/apache/cordova/": "cordova",
    "com/silkimen/": "cordova-plugin-advanced-http",
    "io/flutter/": "flutter",
    "mono/": "xamarin",
    "crc64": "xamarin",
    "com/datatheorem/android/trustkit/": "trustkit",
    "androidx/": "androidx",
    "android/support/": "android-support",
    "kotlin/": "kotlin-stdlib",
    "kotlinx/": "kotlinx",
    "io/reactivex/": "rxjava",
    "com/bumptech/glide/": "glide",
    "com/squareup/picasso/": "picasso",
    "com/fasterxml/jackson/": "jackson",
    "io/sentry/": "sentry",
    "com/crashlytics/": "crashlytics",
    "com/appsflyer/": "appsflyer",
    "com/adjust/sdk/": "adjust",
    "com/amazonaws/": "aws-sdk",
    "com/unity3d/": "unity",
    "com/applovin/": "applovin",
    "com/mopub/": "mopub",
    "com/ironsource/": "ironsource",
    "com/chartboost/": "chartboost",
    "com/vungle/": "vungle",
    "com/tapjoy/": "tapjoy",
    "com/inmobi/": "inmobi",
    "com/startapp/": "startapp",
    "org/webrtc/": "webrtc",
    "org/eclipse/jetty/": "jetty",
    "org/java_websocket/": "java-websocket",
    "com/koushikdutta/": "androidasync",
    "com/loopj/android/http/": "android-async-http",
    "com/nostra13/": "universal-image-loader",
}
_PREFIXES = sorted(KNOWN_SDKS, key=len, reverse=True)


def library_for(desc: str, app_package: str | None) -> str | None:
    """The SDK a class descriptor (`Lio/netty/X;`) belongs to, or None for the app's own code."""
    body = desc[1:] if desc.startswith("L") else desc
    if app_package:
        own = app_package.replace(".", "/") + "/"
        if body.startswith(own):
            return None
    for p in _PREFIXES:
        if body.startswith(p):
            return KNOWN_SDKS[p]
    return None
