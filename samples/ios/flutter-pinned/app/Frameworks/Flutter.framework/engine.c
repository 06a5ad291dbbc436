/* Stand-in for Flutter.framework (the engine): Dart's HttpClient runs its own TLS stack in here. */
const char *FlutterEngineVersion(void) { return "3.22.0"; }
