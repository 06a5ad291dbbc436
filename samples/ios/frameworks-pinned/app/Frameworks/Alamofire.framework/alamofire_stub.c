/* Stand-in for Alamofire.framework: no Swift compiler for iOS is available here, so the Swift
 * entry points an app binds to are C functions exported under their Swift 5 mangled names
 * ($s + <len><module> + <len><type> + C (class) + Ma (metadata accessor) / fC (allocating init),
 * with the argument labels of the initializer as <len><label>). Only the symbol tables are under
 * test; the bodies are placeholders. */
static char metadata[64];

void *disabled_metadata(long request) __asm__("_$s9Alamofire22DisabledTrustEvaluatorCMa");
void *disabled_metadata(long request) { return metadata; }
void *disabled_init(void) __asm__("_$s9Alamofire22DisabledTrustEvaluatorCACycfC");
void *disabled_init(void) { return metadata; }

void *pinned_metadata(long request) __asm__("_$s9Alamofire32PinnedCertificatesTrustEvaluatorCMa");
void *pinned_metadata(long request) { return metadata; }
void *pinned_init(void *certificates, _Bool self_signed, _Bool default_validation, _Bool validate_host) __asm__(
    "_$s9Alamofire32PinnedCertificatesTrustEvaluatorC12certificates28acceptSelfSignedCertificates"
    "24performDefaultValidation12validateHostACSaySo17SecCertificateRefaG_S3btcfC");
void *pinned_init(void *certificates, _Bool self_signed, _Bool default_validation, _Bool validate_host) {
  return metadata;
}

void *keys_metadata(long request) __asm__("_$s9Alamofire24PublicKeysTrustEvaluatorCMa");
void *keys_metadata(long request) { return metadata; }

void *manager_metadata(long request) __asm__("_$s9Alamofire18ServerTrustManagerCMa");
void *manager_metadata(long request) { return metadata; }
void *manager_init(_Bool all_hosts, void *evaluators) __asm__(
    "_$s9Alamofire18ServerTrustManagerC23allHostsMustBeEvaluated10evaluatorsACSb_SDySSAA0bC10Evaluating_pGtcfC");
void *manager_init(_Bool all_hosts, void *evaluators) { return all_hosts ? evaluators : metadata; }
