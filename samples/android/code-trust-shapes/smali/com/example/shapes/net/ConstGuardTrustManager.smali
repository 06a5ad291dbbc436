.class public Lcom/example/shapes/net/ConstGuardTrustManager;
.super Ljava/lang/Object;
.source "ConstGuardTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# checkServerTrusted: boolean ok = true; if (!(ok || chain == null || authType == null)) throw new CertificateException(...);


.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods

.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4

    .line 13
    return-void
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 19
    const/4 v0, 0x1

    .line 20
    if-nez v0, :cond_14

    if-eqz p1, :cond_14

    if-eqz p2, :cond_14

    .line 21
    new-instance v1, Ljava/security/cert/CertificateException;

    const-string v2, "untrusted server"

    invoke-direct {v1, v2}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v1

    .line 23
    :cond_14
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 24
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
