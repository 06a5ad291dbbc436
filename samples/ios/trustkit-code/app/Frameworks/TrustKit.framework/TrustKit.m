// Stand-in for TrustKit.framework: the classes and selectors an app calls, without the pinning logic.
#include <sdk.h>

@interface TSKPinningValidator : NSObject
@end

@implementation TSKPinningValidator
- (BOOL)handleChallenge:(id)challenge completionHandler:(void (^)(NSInteger, id))handler {
  return NO;
}
@end

@interface TrustKit : NSObject {
  TSKPinningValidator *_validator;
}
@end

@implementation TrustKit
+ (void)initSharedInstanceWithConfiguration:(id)configuration {}
+ (instancetype)sharedInstance { return [self new]; }
- (TSKPinningValidator *)pinningValidator { return _validator; }
@end

// The configuration keys TrustKit exports (TSKTrustKitConfig.h): apps pass them in code.
NSString * const kTSKSwizzleNetworkDelegates = @"TSKSwizzleNetworkDelegates";
NSString * const kTSKPinnedDomains = @"TSKPinnedDomains";
NSString * const kTSKPublicKeyHashes = @"TSKPublicKeyHashes";
NSString * const kTSKEnforcePinning = @"TSKEnforcePinning";
NSString * const kTSKIncludeSubdomains = @"TSKIncludeSubdomains";
