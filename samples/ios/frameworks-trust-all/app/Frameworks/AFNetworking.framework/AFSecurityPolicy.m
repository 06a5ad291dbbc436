// Stand-in for AFNetworking.framework (CocoaPods `use_frameworks!`): the AFSecurityPolicy class with
// the real selectors; the app binds to it dynamically.
#include <sdk.h>

@interface AFSecurityPolicy : NSObject {
  NSInteger _mode;
  BOOL _allowInvalidCertificates;
  BOOL _validatesDomainName;
  id _pinnedCertificates;
}
@end

@implementation AFSecurityPolicy
+ (instancetype)defaultPolicy { return [self new]; }
+ (instancetype)policyWithPinningMode:(NSInteger)mode {
  AFSecurityPolicy *p = [self new];
  p->_mode = mode;
  p->_validatesDomainName = YES;
  return p;
}
- (void)setAllowInvalidCertificates:(BOOL)v { _allowInvalidCertificates = v; }
- (void)setValidatesDomainName:(BOOL)v { _validatesDomainName = v; }
- (void)setPinnedCertificates:(id)certificates { _pinnedCertificates = certificates; }
@end
