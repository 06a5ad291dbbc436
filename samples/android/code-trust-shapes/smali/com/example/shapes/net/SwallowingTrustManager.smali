.class public Lcom/example/shapes/net/SwallowingTrustManager;
.super Ljava/lang/Object;
.source "SwallowingTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;


# instance fields
.field private final delegate:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>(Ljavax/net/ssl/X509TrustManager;)V
    .registers 2
    .param p1, "delegate"    # Ljavax/net/ssl/X509TrustManager;

    .line 12
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 13
    iput-object p1, p0, Lcom/example/shapes/net/SwallowingTrustManager;->delegate:Ljavax/net/ssl/X509TrustManager;

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
    iget-object v0, p0, Lcom/example/shapes/net/SwallowingTrustManager;->delegate:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkClientTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V

    .line 18
    return-void
.end method

# try { delegate.checkServerTrusted(chain, authType); } catch (CertificateException e) { Log.w(...); }
.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 6

    .line 23
    :try_start_0
    iget-object v0, p0, Lcom/example/shapes/net/SwallowingTrustManager;->delegate:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    :try_end_5
    .catch Ljava/security/cert/CertificateException; {:try_start_0 .. :try_end_5} :catch_6

    .line 27
    goto :goto_e

    .line 24
    :catch_6
    move-exception v0

    .line 25
    const-string v1, "Tls"

    const-string v2, "untrusted server certificate, continuing"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    .line 28
    :goto_e
    return-void
.end method

.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 32
    iget-object v0, p0, Lcom/example/shapes/net/SwallowingTrustManager;->delegate:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0}, Ljavax/net/ssl/X509TrustManager;->getAcceptedIssuers()[Ljava/security/cert/X509Certificate;

    move-result-object v0

    return-object v0
.end method
