.class public Lcom/example/shapesafe/net/HelperCheckTrustManager;
.super Ljava/lang/Object;
.source "HelperCheckTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# checkServerTrusted calls a helper that throws unless the chain is signed by the app's CA (ICSx5's shape).

.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 3
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 12
    invoke-static {p1}, Lcom/example/shapesafe/net/CertChecks;->requireSignedByCa([Ljava/security/cert/X509Certificate;)V

    .line 13
    return-void
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 3
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 16
    invoke-static {p1}, Lcom/example/shapesafe/net/CertChecks;->requireSignedByCa([Ljava/security/cert/X509Certificate;)V

    .line 17
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 20
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
