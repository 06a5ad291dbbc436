// An app that logs in over http:// and loads images from a CDN over http://, next to a TLS API. It also
// holds two http:// identifiers that are never requested (an SVG namespace, the plist DTD).
#include <sdk.h>

extern void NSLog(id format, ...);

@interface NSURLSession (Tasks)
- (id)dataTaskWithURL:(NSURL *)url completionHandler:(void (^)(id, id, id))handler;
@end

static NSString *const kLogin = @"http://api.example.com/login";
static NSString *const kLogo = @"http://cdn.example.com/img/logo.png";
static NSString *const kApi = @"https://api.example.com/v1";
static NSString *const kSvgNamespace = @"http://www.w3.org/2000/svg";
static NSString *const kPlistDtd = @"http://www.apple.com/DTDs/PropertyList-1.0.dtd";

int main(int argc, char **argv) {
  id session = [NSURLSession sessionWithConfiguration:[NSURLSessionConfiguration defaultSessionConfiguration]
                                             delegate:0
                                        delegateQueue:0];
  NSString *urls[3] = {kLogin, kLogo, kApi};
  for (int i = 0; i < 3; i++) {
    id task = [session dataTaskWithURL:[NSURL URLWithString:urls[i]] completionHandler:0];
    NSLog(@"%@", task);
  }
  NSLog(@"%@ %@", kSvgNamespace, kPlistDtd);
  return 0;
}
