.class public final Lcom/example/shapesafe/net/CertChecks;
.super Ljava/lang/Object;
.source "CertChecks.java"


# static fields
.field private static ca:Ljava/security/cert/X509Certificate;


# direct methods
.method private static caKey()Ljava/security/PublicKey;
    .registers 1

    .line 22
    sget-object v0, Lcom/example/shapesafe/net/CertChecks;->ca:Ljava/security/cert/X509Certificate;

    invoke-virtual {v0}, Ljava/security/cert/X509Certificate;->getPublicKey()Ljava/security/PublicKey;

    move-result-object v0

    return-object v0
.end method

# try { chain[chain.length - 1].verify(caKey()); } catch (GeneralSecurityException e) { throw new CertificateException(...); }
.method public static requireSignedByCa([Ljava/security/cert/X509Certificate;)V
    .registers 4
    .param p0, "chain"    # [Ljava/security/cert/X509Certificate;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 14
    :try_start_0
    array-length v0, p0

    add-int/lit8 v0, v0, -0x1

    aget-object v0, p0, v0

    invoke-static {}, Lcom/example/shapesafe/net/CertChecks;->caKey()Ljava/security/PublicKey;

    move-result-object v1

    invoke-virtual {v0, v1}, Ljava/security/cert/X509Certificate;->verify(Ljava/security/PublicKey;)V
    :try_end_b
    .catch Ljava/security/GeneralSecurityException; {:try_start_0 .. :try_end_b} :catch_c

    .line 17
    return-void

    .line 15
    :catch_c
    move-exception v0

    .line 16
    new-instance v1, Ljava/security/cert/CertificateException;

    const-string v2, "chain not signed by the app's CA"

    invoke-direct {v1, v2, v0}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;Ljava/lang/Throwable;)V

    throw v1
.end method
