// The native launcher of a .NET for iOS app: the runtime loads the managed assemblies next to it.
#include <sdk.h>

extern void NSLog(id format, ...);

int main(int argc, char **argv) {
  NSLog(@"loading %@", [NSURL URLWithString:@"file:///Contoso.Shop.dll"]);
  return 0;
}
