.class public Lcom/example/shapes/net/NullOnlyTrustManager;
.super Ljava/lang/Object;
.source "NullOnlyTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# checkServerTrusted: if (!(authType != null || authType.equalsIgnoreCase("RSA"))) throw new CertificateException(...);


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
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 17
    if-nez p2, :cond_17

    const-string v0, "RSA"

    invoke-virtual {p2, v0}, Ljava/lang/String;->equalsIgnoreCase(Ljava/lang/String;)Z

    move-result v0

    if-nez v0, :cond_17

    .line 18
    new-instance v0, Ljava/security/cert/CertificateException;

    const-string v1, "unsupported key type"

    invoke-direct {v0, v1}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;)V

    throw v0

    .line 20
    :cond_17
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 24
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
