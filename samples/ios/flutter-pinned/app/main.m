// The Flutter runner: all networking happens in Dart, inside the engine.
#include <sdk.h>

extern const char *FlutterEngineVersion(void);
extern void NSLog(id format, ...);

int main(int argc, char **argv) {
  NSLog(@"engine %s", FlutterEngineVersion());
  return 0;
}
