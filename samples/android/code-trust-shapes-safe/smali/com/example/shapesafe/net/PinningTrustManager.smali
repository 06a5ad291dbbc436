.class public Lcom/example/shapesafe/net/PinningTrustManager;
.super Ljava/lang/Object;
.source "PinningTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# Pins the server key: SHA-256 of the leaf's SubjectPublicKeyInfo compared with a digest kept as bytes.

# static fields
.field private static final PIN:[B


# direct methods
.method static constructor <clinit>()V
    .registers 1

    .line 14
    const/16 v0, 0x20

    new-array v0, v0, [B

    fill-array-data v0, :array_0

    sput-object v0, Lcom/example/shapesafe/net/PinningTrustManager;->PIN:[B

    return-void

    :array_0
    .array-data 1
        0x2dt
        0x46t
        0x2bt
        -0x4ct
        0x50t
        0x5ft
        0x51t
        0x20t
        0x40t
        0x0at
        -0x55t
        -0x68t
        0x75t
        0x5bt
        -0x33t
        -0x52t
        -0x4at
        0x57t
        -0x12t
        0x47t
        0x73t
        0x52t
        -0x18t
        0x25t
        -0x47t
        -0x5et
        0x38t
        -0x68t
        -0x14t
        -0x6bt
        -0x05t
        0x4bt
    .end array-data
.end method

.method public constructor <init>()V
    .registers 1

    .line 17
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 20
    new-instance v0, Ljava/security/cert/CertificateException;

    const-string v1, "client certificates are not accepted"

    invoke-direct {v0, v1}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v0
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 24
    const/4 v0, 0x0

    aget-object v0, p1, v0

    invoke-virtual {v0}, Ljava/security/cert/X509Certificate;->getPublicKey()Ljava/security/PublicKey;

    move-result-object v0

    invoke-interface {v0}, Ljava/security/PublicKey;->getEncoded()[B

    move-result-object v0

    .line 27
    :try_start_9
    const-string v1, "SHA-256"

    invoke-static {v1}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;

    move-result-object v1

    invoke-virtual {v1, v0}, Ljava/security/MessageDigest;->digest([B)[B

    move-result-object v1
    :try_end_13
    .catch Ljava/security/NoSuchAlgorithmException; {:try_start_9 .. :try_end_13} :catch_22

    .line 31
    sget-object v2, Lcom/example/shapesafe/net/PinningTrustManager;->PIN:[B

    invoke-static {v1, v2}, Ljava/security/MessageDigest;->isEqual([B[B)Z

    move-result v2

    if-eqz v2, :cond_1a

    .line 34
    return-void

    .line 32
    :cond_1a
    new-instance v2, Ljava/security/cert/CertificateException;

    const-string v3, "server key does not match the pin"

    invoke-direct {v2, v3}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v2

    .line 28
    :catch_22
    move-exception v1

    .line 29
    new-instance v2, Ljava/security/cert/CertificateException;

    invoke-direct {v2, v1}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/Throwable;)V

    throw v2
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 38
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
