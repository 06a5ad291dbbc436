// A careful URLSession delegate: it lets Security.framework evaluate the server trust against the
// bundled certificate as the only anchor, and answers with the trust only when evaluation succeeds.
#include <sdk.h>

extern void NSLog(id format, ...);

@interface PinningDelegate : NSObject
@end

@implementation PinningDelegate
- (void)URLSession:(id)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSInteger, id))completionHandler {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  NSString *path = [[NSBundle mainBundle] pathForResource:@"api" ofType:@"cer"];
  SecCertificateRef anchor = SecCertificateCreateWithData(0, (CFDataRef)[NSData dataWithContentsOfFile:path]);
  id anchors[1] = {(id)anchor};
  SecTrustSetAnchorCertificates(trust, (CFArrayRef)[NSArray arrayWithObjects:anchors count:1]);
  SecTrustSetAnchorCertificatesOnly(trust, 1);
  if (trust && SecTrustEvaluateWithError(trust, 0)) {
    completionHandler(0, [NSURLCredential credentialForTrust:trust]);  // UseCredential
  } else {
    completionHandler(2, 0);  // CancelAuthenticationChallenge
  }
}
@end

int main(int argc, char **argv) {
  id session = [NSURLSession sessionWithConfiguration:[NSURLSessionConfiguration defaultSessionConfiguration]
                                             delegate:[PinningDelegate new]
                                        delegateQueue:0];
  NSLog(@"%@ %@", session, [NSURL URLWithString:@"https://api.example.com/v2"]);
  return 0;
}
