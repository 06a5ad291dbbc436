.class public final Lorg/conscrypt/OpenSSLProvider;
.super Ljava/security/Provider;
.source "OpenSSLProvider.java"


# direct methods
.method public constructor <init>()V
    .registers 6

    const-string v0, "Conscrypt"

    const-wide/high16 v1, 0x3ff0000000000000L    # 1.0

    const-string v3, "Android's OpenSSL-backed security provider"

    invoke-direct {p0, v0, v1, v2, v3}, Ljava/security/Provider;-><init>(Ljava/lang/String;DLjava/lang/String;)V

    const-string v0, "SSLContext.TLS"

    const-string v1, "org.conscrypt.OpenSSLContextImpl$TLSv13"

    invoke-virtual {p0, v0, v1}, Lorg/conscrypt/OpenSSLProvider;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;

    const-string v0, "TrustManagerFactory.PKIX"

    const-string v1, "org.conscrypt.TrustManagerFactoryImpl"

    invoke-virtual {p0, v0, v1}, Lorg/conscrypt/OpenSSLProvider;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;

    return-void
.end method
