// A plain app: it fetches over URLSession and leaves server trust to the system.
#include <sdk.h>

extern void NSLog(id format, ...);

int main(int argc, char **argv) {
  id config = [NSURLSessionConfiguration defaultSessionConfiguration];
  id session = [NSURLSession sessionWithConfiguration:config delegate:0 delegateQueue:0];
  NSLog(@"session %@ for %@", session, [NSURL URLWithString:@"https://api.example.com/v1"]);
  return 0;
}
