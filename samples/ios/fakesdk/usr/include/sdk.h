/* The few iOS SDK declarations the samples use, written by hand (no iOS SDK on this machine).
 * Names and signatures follow Apple's headers so the binaries import the real symbols and send
 * the real selectors; the tbd stubs next to this folder give them their real libraries. */
#ifndef PINSCAN_SAMPLE_SDK_H
#define PINSCAN_SAMPLE_SDK_H

typedef signed char BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
typedef long NSInteger;
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFDictionary *CFDictionaryRef;
typedef const struct __CFArray *CFArrayRef;
typedef const struct __CFData *CFDataRef;
typedef const struct __CFBoolean *CFBooleanRef;
typedef struct __SecTrust *SecTrustRef;
typedef struct __SecCertificate *SecCertificateRef;
typedef struct __SecKey *SecKeyRef;
typedef struct __CFError *CFErrorRef;
typedef int OSStatus;

extern const CFBooleanRef kCFBooleanFalse;
extern const CFBooleanRef kCFBooleanTrue;

/* Security.framework */
extern _Bool SecTrustEvaluateWithError(SecTrustRef trust, CFErrorRef *error);
extern OSStatus SecTrustSetAnchorCertificates(SecTrustRef trust, CFArrayRef anchors);
extern OSStatus SecTrustSetAnchorCertificatesOnly(SecTrustRef trust, _Bool only);
extern SecCertificateRef SecCertificateCreateWithData(const void *allocator, CFDataRef data);
extern CFDataRef SecCertificateCopyData(SecCertificateRef certificate);
extern SecKeyRef SecTrustCopyKey(SecTrustRef trust);

/* CFNetwork.framework */
extern const CFStringRef kCFStreamSSLValidatesCertificateChain;
extern const CFStringRef kCFStreamSSLAllowsAnyRoot;

@interface NSObject { Class isa; }
+ (id)alloc;
+ (id)new;
- (id)init;
@end

@interface NSString : NSObject @end
@interface NSData : NSObject + (id)dataWithContentsOfFile:(NSString *)path; @end
@interface NSArray : NSObject + (id)arrayWithObjects:(const id *)objects count:(unsigned long)count; @end
@interface NSDictionary : NSObject
+ (id)dictionaryWithObjects:(const id *)objects forKeys:(const id *)keys count:(unsigned long)count;
@end
@interface NSNumber : NSObject + (id)numberWithBool:(BOOL)value; @end
@interface NSBundle : NSObject
+ (id)mainBundle;
- (NSString *)pathForResource:(NSString *)name ofType:(NSString *)ext;
@end
@interface NSURL : NSObject + (id)URLWithString:(NSString *)s; @end
@interface NSURLRequest : NSObject + (id)requestWithURL:(NSURL *)url; @end

@interface NSURLCredential : NSObject
+ (id)credentialForTrust:(SecTrustRef)trust;
- (id)initWithTrust:(SecTrustRef)trust;
@end
@interface NSURLProtectionSpace : NSObject - (SecTrustRef)serverTrust; - (NSString *)host; @end
@interface NSURLAuthenticationChallenge : NSObject
- (NSURLProtectionSpace *)protectionSpace;
- (id)sender;
@end
@interface NSURLSessionConfiguration : NSObject + (id)defaultSessionConfiguration; @end
@interface NSURLSession : NSObject
+ (id)sessionWithConfiguration:(id)configuration delegate:(id)delegate delegateQueue:(id)queue;
@end

#endif
