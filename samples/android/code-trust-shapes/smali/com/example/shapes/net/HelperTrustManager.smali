.class public Lcom/example/shapes/net/HelperTrustManager;
.super Ljava/lang/Object;
.source "HelperTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;


.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods

.method public checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 4

    .line 12
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
    invoke-static {p1, p2}, Lcom/example/shapes/net/CertUtil;->validate([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 17
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 23
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
