// TrustKit configured in code, as its README shows: the dictionary never reaches the Info.plist.
// Swizzling off; the session delegate hands each challenge to TrustKit's pinning validator.
#include <sdk.h>

extern void NSLog(id format, ...);
extern NSString * const kTSKSwizzleNetworkDelegates;
extern NSString * const kTSKPinnedDomains;
extern NSString * const kTSKPublicKeyHashes;
extern NSString * const kTSKEnforcePinning;
extern NSString * const kTSKIncludeSubdomains;

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
  id config = @{
    kTSKSwizzleNetworkDelegates: [NSNumber numberWithBool:NO],
    kTSKPinnedDomains: @{
      @"api.example.com": @{
        kTSKIncludeSubdomains: [NSNumber numberWithBool:YES],
        kTSKEnforcePinning: [NSNumber numberWithBool:YES],
        kTSKPublicKeyHashes: @[ @"AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc=",
                                @"X4Axpq6dyuUpTCqJRvwxxPI1woC+Sr5iJBzSCIUKIsI=" ],
      },
    },
  };
  [TrustKit initSharedInstanceWithConfiguration:config];
  id session = [NSURLSession sessionWithConfiguration:[NSURLSessionConfiguration defaultSessionConfiguration]
                                             delegate:[SessionDelegate new]
                                        delegateQueue:0];
  NSLog(@"%@", session);
  return 0;
}
