/* An embedded framework whose Info.plist carries ATS keys: iOS reads ATS per process (the app and
 * each extension), so these keys have no effect. */
int analytics_track(const char *event) { return event != 0; }
