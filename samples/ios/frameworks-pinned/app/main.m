// The app side of
//   let manager = ServerTrustManager(evaluators: ["api.example.com": PinnedCertificatesTrustEvaluator()])
// (allHostsMustBeEvaluated keeps its default, true) and an AFNetworking policy that pins the bundled
// certificate by public key.
#include <sdk.h>

extern void NSLog(id format, ...);

void *pinned_metadata(long request) __asm__("_$s9Alamofire32PinnedCertificatesTrustEvaluatorCMa");
void *pinned_init(void *certificates, _Bool self_signed, _Bool default_validation, _Bool validate_host) __asm__(
    "_$s9Alamofire32PinnedCertificatesTrustEvaluatorC12certificates28acceptSelfSignedCertificates"
    "24performDefaultValidation12validateHostACSaySo17SecCertificateRefaG_S3btcfC");
void *manager_metadata(long request) __asm__("_$s9Alamofire18ServerTrustManagerCMa");
void *manager_init(_Bool all_hosts, void *evaluators) __asm__(
    "_$s9Alamofire18ServerTrustManagerC23allHostsMustBeEvaluated10evaluatorsACSb_SDySSAA0bC10Evaluating_pGtcfC");

@interface AFSecurityPolicy : NSObject
+ (instancetype)policyWithPinningMode:(NSInteger)mode;
- (void)setPinnedCertificates:(id)certificates;
@end

void *make_manager(void *certificates) {
  pinned_metadata(0);
  void *evaluator = pinned_init(certificates, 0, 1, 1);
  manager_metadata(0);
  void *manager = manager_init(1, evaluator);  // allHostsMustBeEvaluated: true
  NSLog(@"%p", manager);
  return manager;
}

int main(int argc, char **argv) {
  AFSecurityPolicy *policy = [AFSecurityPolicy policyWithPinningMode:1];  // AFSSLPinningModePublicKey
  NSString *path = [[NSBundle mainBundle] pathForResource:@"api" ofType:@"cer"];
  id cert = [NSData dataWithContentsOfFile:path];
  id certs[1] = {cert};
  [policy setPinnedCertificates:[NSArray arrayWithObjects:certs count:1]];
  NSLog(@"%@ %p %@", policy, make_manager(0), @"api.example.com");
  return 0;
}
