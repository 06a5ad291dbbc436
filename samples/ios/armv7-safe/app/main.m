// The careful delegate of ats-strict as an iOS 9 armv7 app writes it: the bundled certificate is the only
// anchor, SecTrustEvaluate (the API before iOS 12) decides, and only a trusted result is answered.
#include <sdk.h>

extern void NSLog(id format, ...);
extern OSStatus SecTrustEvaluate(SecTrustRef trust, unsigned int *result);

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
  unsigned int result = 0;
  if (trust && SecTrustEvaluate(trust, &result) == 0 && (result == 1 || result == 4)) {  // Proceed, Unspecified
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
