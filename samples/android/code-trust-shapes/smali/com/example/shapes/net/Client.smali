.class public Lcom/example/shapes/net/Client;
.super Ljava/lang/Object;
.source "Client.java"


# instance fields
.field private final tm:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>()V
    .registers 2

    .line 12
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 13
    new-instance v0, Lcom/example/shapes/net/DateOnlyTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/DateOnlyTrustManager;-><init>()V

    iput-object v0, p0, Lcom/example/shapes/net/Client;->tm:Ljavax/net/ssl/X509TrustManager;

    .line 14
    return-void
.end method


# virtual methods
.method public factory()Ljavax/net/ssl/SSLSocketFactory;
    .registers 6
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/security/GeneralSecurityException;
        }
    .end annotation

    .line 17
    const-string v0, "TLS"

    invoke-static {v0}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;

    move-result-object v0

    .line 18
    const/4 v1, 0x1

    new-array v1, v1, [Ljavax/net/ssl/TrustManager;

    iget-object v2, p0, Lcom/example/shapes/net/Client;->tm:Ljavax/net/ssl/X509TrustManager;

    const/4 v3, 0x0

    aput-object v2, v1, v3

    const/4 v4, 0x0

    invoke-virtual {v0, v4, v1, v4}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    .line 19
    invoke-virtual {v0}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;

    move-result-object v0

    return-object v0
.end method
