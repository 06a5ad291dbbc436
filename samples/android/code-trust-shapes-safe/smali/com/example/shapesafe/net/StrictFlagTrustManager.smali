.class public Lcom/example/shapesafe/net/StrictFlagTrustManager;
.super Ljava/lang/Object;
.source "StrictFlagTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;

# checkServerTrusted: boolean strict = true; if (strict) platform.checkServerTrusted(chain, authType);


# instance fields
.field private final platform:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>(Ljavax/net/ssl/X509TrustManager;)V
    .registers 2
    .param p1, "platform"    # Ljavax/net/ssl/X509TrustManager;

    .line 12
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 13
    iput-object p1, p0, Lcom/example/shapesafe/net/StrictFlagTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    .line 14
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

    .line 17
    iget-object v0, p0, Lcom/example/shapesafe/net/StrictFlagTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 18
    return-void
.end method

.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 5
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 22
    const/4 v0, 0x1

    .line 23
    if-eqz v0, :cond_8

    .line 24
    iget-object v1, p0, Lcom/example/shapesafe/net/StrictFlagTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v1, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 26
    :cond_8
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 30
    iget-object v0, p0, Lcom/example/shapesafe/net/StrictFlagTrustManager;->platform:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0}, Ljavax/net/ssl/X509TrustManager;->getAcceptedIssuers()[Ljava/security/cert/X509Certificate;

    move-result-object v0

    return-object v0
.end method
