.class public Lcom/example/shapesafe/net/ChainWalkTrustManager;
.super Ljava/lang/Object;
.source "ChainWalkTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# Checks each signature along the chain recursively (walk(chain, i) calls walk(chain, i + 1)), then the
# platform's verdict: a recursive helper, summarised conservatively.

# instance fields
.field private final platform:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>(Ljavax/net/ssl/X509TrustManager;)V
    .registers 2

    .line 13
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 14
    iput-object p1, p0, Lcom/example/shapesafe/net/ChainWalkTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    return-void
.end method

.method private walk([Ljava/security/cert/X509Certificate;ILjava/lang/String;)V
    .registers 7
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 26
    array-length v0, p1

    add-int/lit8 v0, v0, -0x1

    if-lt p2, v0, :cond_12

    .line 27
    iget-object v0, p0, Lcom/example/shapesafe/net/ChainWalkTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p3}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 28
    return-void

    .line 31
    :cond_12
    :try_start_12
    aget-object v0, p1, p2

    add-int/lit8 v1, p2, 0x1

    aget-object v1, p1, v1

    invoke-virtual {v1}, Ljava/security/cert/X509Certificate;->getPublicKey()Ljava/security/PublicKey;

    move-result-object v1

    invoke-virtual {v0, v1}, Ljava/security/cert/X509Certificate;->verify(Ljava/security/PublicKey;)V
    :try_end_1f
    .catch Ljava/security/GeneralSecurityException; {:try_start_12 .. :try_end_1f} :catch_25

    .line 35
    add-int/lit8 v0, p2, 0x1

    invoke-direct {p0, p1, v0, p3}, Lcom/example/shapesafe/net/ChainWalkTrustManager;->walk([Ljava/security/cert/X509Certificate;ILjava/lang/String;)V

    .line 36
    return-void

    .line 32
    :catch_25
    move-exception v0

    .line 33
    new-instance v1, Ljava/security/cert/CertificateException;

    invoke-direct {v1, v0}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/Throwable;)V

    throw v1
.end method


# virtual methods
.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4

    .line 18
    iget-object v0, p0, Lcom/example/shapesafe/net/ChainWalkTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    return-void
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 22
    const/4 v0, 0x0

    invoke-direct {p0, p1, v0, p2}, Lcom/example/shapesafe/net/ChainWalkTrustManager;->walk([Ljava/security/cert/X509Certificate;ILjava/lang/String;)V

    .line 23
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 40
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
