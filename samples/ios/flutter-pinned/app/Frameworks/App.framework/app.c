/* Stand-in for App.framework (AOT-compiled Dart): the API host the Dart code calls. */
const char kDartVmSnapshotData[] = "https://api.example.com/v1/items";
