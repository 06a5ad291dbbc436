.class public Lcom/example/safe/net/WrappingTrustManager;
.super Lcom/example/safe/net/DelegatingTrustManager;
.source "WrappingTrustManager.java"


# instance fields
.field private final inner:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>(Ljavax/net/ssl/X509TrustManager;)V
    .registers 2

    .line 10
    invoke-direct {p0, p1}, Lcom/example/safe/net/DelegatingTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    .line 11
    iput-object p1, p0, Lcom/example/safe/net/WrappingTrustManager;->inner:Ljavax/net/ssl/X509TrustManager;

    return-void
.end method


# virtual methods
.method public checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/cert/CertificateException;
        }
    .end annotation

    .line 17
    :try_start_0
    iget-object v0, p0, Lcom/example/safe/net/WrappingTrustManager;->inner:Ljavax/net/ssl/X509TrustManager;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/X509TrustManager;->checkServerTrusted([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V
    :try_end_5
    .catch Ljava/security/cert/CertificateException; {:try_start_0 .. :try_end_5} :catch_7

    .line 21
    nop

    .line 22
    return-void

    .line 18
    :catch_7
    move-exception v0

    .line 19
    const-string v1, "Tls"

    const-string v2, "server chain rejected"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    .line 20
    new-instance v1, Ljava/security/cert/CertificateException;

    const-string v2, "untrusted server"

    invoke-direct {v1, v2, v0}, Ljava/security/cert/CertificateException;-><init>(Ljava/lang/String;Ljava/lang/Throwable;)V

    throw v1
.end method
