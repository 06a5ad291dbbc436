// Three classic ways to throw TLS trust away, compiled for armv7 (an iOS 9 app of 2016).
#include <sdk.h>

extern void NSLog(id format, ...);
extern CFDictionaryRef CFDictionaryCreate(const void *allocator, const void **keys, const void **values,
                                          long count, const void *keyCallBacks, const void *valueCallBacks);

// 1. A session delegate that answers every server-trust challenge with the server's own trust,
//    without evaluating it.
@interface InsecureDelegate : NSObject
@end

@implementation InsecureDelegate
- (void)URLSession:(id)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSInteger, id))completionHandler {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  completionHandler(0, [NSURLCredential credentialForTrust:trust]);  // UseCredential, unevaluated
}
@end

// 2. The private NSURLRequest hook, overridden in a category for every host.
@interface NSURLRequest (AnyCertificate)
@end

@implementation NSURLRequest (AnyCertificate)
+ (BOOL)allowsAnyHTTPSCertificateForHost:(NSString *)host {
  return YES;
}
@end

// 3. Socket streams with certificate-chain validation switched off.
CFDictionaryRef insecure_stream_settings(void) {
  const void *keys[1] = {kCFStreamSSLValidatesCertificateChain};
  const void *values[1] = {kCFBooleanFalse};
  return CFDictionaryCreate(0, keys, values, 1, 0, 0);
}

int main(int argc, char **argv) {
  id session = [NSURLSession sessionWithConfiguration:[NSURLSessionConfiguration defaultSessionConfiguration]
                                             delegate:[InsecureDelegate new]
                                        delegateQueue:0];
  NSLog(@"%@ %p", session, insecure_stream_settings());
  return 0;
}
