// Cordova's native shell: the app delegate hands the window to the WebView controller, which loads www/.
#include <sdk.h>

extern void NSLog(id format, ...);

int main(int argc, char **argv) {
  NSLog(@"starting %@", [NSURL URLWithString:@"file:///www/index.html"]);
  return 0;
}
