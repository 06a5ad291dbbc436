// The app side: what Swift code such as
//   let manager = ServerTrustManager(allHostsMustBeEvaluated: false,
//                                    evaluators: ["dev.example.com": DisabledTrustEvaluator()])
// binds to in Alamofire, and an AFNetworking policy that accepts anything.
#include <sdk.h>

extern void NSLog(id format, ...);

void *disabled_metadata(long request) __asm__("_$s9Alamofire22DisabledTrustEvaluatorCMa");
void *disabled_init(void) __asm__("_$s9Alamofire22DisabledTrustEvaluatorCACycfC");
void *manager_metadata(long request) __asm__("_$s9Alamofire18ServerTrustManagerCMa");
void *manager_init(_Bool all_hosts, void *evaluators) __asm__(
    "_$s9Alamofire18ServerTrustManagerC23allHostsMustBeEvaluated10evaluatorsACSb_SDySSAA0bC10Evaluating_pGtcfC");

@interface AFSecurityPolicy : NSObject
+ (instancetype)policyWithPinningMode:(NSInteger)mode;
- (void)setAllowInvalidCertificates:(BOOL)v;
- (void)setValidatesDomainName:(BOOL)v;
@end

void *make_manager(void) {
  disabled_metadata(0);
  void *evaluator = disabled_init();
  manager_metadata(0);
  return manager_init(0, evaluator);  // allHostsMustBeEvaluated: false
}

int main(int argc, char **argv) {
  AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:0];  // AFSSLPinningModeNone
  [policy setAllowInvalidCertificates:YES];
  [policy setValidatesDomainName:NO];
  NSLog(@"%@ %p %@", policy, make_manager(), @"dev.example.com");
  return 0;
}
