// TrustKit wired by hand: swizzling off, every challenge handed to TrustKit's pinning validator.
#include <sdk.h>

extern void NSLog(id format, ...);

@interface TSKPinningValidator : NSObject
- (BOOL)handleChallenge:(id)challenge completionHandler:(void (^)(NSInteger, id))handler;
@end
@interface TrustKit : NSObject
+ (void)initSharedInstanceWithConfiguration:(id)configuration;
+ (instancetype)sharedInstance;
- (TSKPinningValidator *)pinningValidator;
@end

@interface SessionDelegate : NSObject
@end

@implementation SessionDelegate
- (void)URLSession:(id)session
    didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
      completionHandler:(void (^)(NSInteger, id))completionHandler {
  if (![[[TrustKit sharedInstance] pinningValidator] handleChallenge:challenge completionHandler:completionHandler]) {
    completionHandler(1, 0);  // PerformDefaultHandling
  }
}
@end

int main(int argc, char **argv) {
  [TrustKit initSharedInstanceWithConfiguration:0];
  id session = [NSURLSession sessionWithConfiguration:[NSURLSessionConfiguration defaultSessionConfiguration]
                                             delegate:[SessionDelegate new]
                                        delegateQueue:0];
  NSLog(@"%@", session);
  return 0;
}
