.class public Lcom/example/process/App;
.super Landroid/app/Application;
.source "App.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 12
    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    .line 15
    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    .line 16
    new-instance v0, Lcom/example/process/net/LenientProvider;

    invoke-direct {v0}, Lcom/example/process/net/LenientProvider;-><init>()V

    const/4 v1, 0x1

    invoke-static {v0, v1}, Ljava/security/Security;->insertProviderAt(Ljava/security/Provider;I)I

    .line 17
    const-string v0, "ssl.TrustManagerFactory.algorithm"

    const-string v2, "Lenient"

    invoke-static {v0, v2}, Ljava/security/Security;->setProperty(Ljava/lang/String;Ljava/lang/String;)V

    .line 18
    new-instance v0, Lorg/conscrypt/OpenSSLProvider;

    invoke-direct {v0}, Lorg/conscrypt/OpenSSLProvider;-><init>()V

    invoke-static {v0, v1}, Ljava/security/Security;->insertProviderAt(Ljava/security/Provider;I)I

    .line 19
    :try_start_1c
    invoke-static {}, Lcom/example/process/net/DebugTls;->install()V
    :try_end_1f
    .catch Ljava/security/GeneralSecurityException; {:try_start_1c .. :try_end_1f} :catch_20

    .line 21
    goto :goto_21

    .line 20
    :catch_20
    move-exception v0

    .line 22
    :goto_21
    return-void
.end method
