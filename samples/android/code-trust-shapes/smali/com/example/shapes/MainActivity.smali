.class public Lcom/example/shapes/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"

.method public constructor <init>()V
    .registers 1

    .line 11
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5
    .param p1, "savedInstanceState"    # Landroid/os/Bundle;

    .line 15
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 17
    :try_start_3
    new-instance v0, Lcom/example/shapes/net/ConstGuardTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/ConstGuardTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 18
    new-instance v0, Lcom/example/shapes/net/SwitchTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/SwitchTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    new-instance v0, Lcom/example/shapes/net/HelperTrustManager;

    invoke-direct {v0}, Lcom/example/shapes/net/HelperTrustManager;-><init>()V

    invoke-static {v0}, Lcom/example/shapes/net/Installer;->install(Ljavax/net/ssl/X509TrustManager;)V

    .line 19
    invoke-static {}, Lcom/example/shapes/net/Tls;->context()Ljavax/net/ssl/SSLContext;

    .line 20
    new-instance v0, Lcom/example/shapes/net/Client;

    invoke-direct {v0}, Lcom/example/shapes/net/Client;-><init>()V

    invoke-virtual {v0}, Lcom/example/shapes/net/Client;->factory()Ljavax/net/ssl/SSLSocketFactory;

    .line 21
    invoke-static {}, Lcom/example/shapes/net/Http;->client()Lokhttp3/OkHttpClient;

    .line 22
    invoke-static {}, Lcom/example/shapes/net/Http;->swallowingClient()Lokhttp3/OkHttpClient;

    .line 23
    invoke-static {}, Lcom/example/shapes/net/HttpsKt;->installObject()V

    .line 24
    invoke-static {}, La/a/e;->a()Lokhttp3/OkHttpClient;

    .line 25
    invoke-static {}, La/a/d;->a()V

    .line 26
    invoke-static {}, Lcom/example/shapes/net/Installer;->installDebug()V

    .line 27
    invoke-static {p0}, Lcom/example/shapes/net/Installer;->installIfDebuggable(Landroid/content/Context;)V

    .line 28
    invoke-static {}, Lcom/example/shapes/net/Installer;->installNever()V

    invoke-static {}, Lcom/example/shapes/net/Installer;->installOnce()V
    :try_end_3f
    .catch Ljava/security/GeneralSecurityException; {:try_start_3 .. :try_end_3f} :catch_40

    goto :goto_4a

    .line 29
    :catch_40
    move-exception v0

    .line 30
    const-string v1, "Shapes"

    const-string v2, "TLS setup failed"

    invoke-static {v1, v2, v0}, Landroid/util/Log;->e(Ljava/lang/String;Ljava/lang/String;Ljava/lang/Throwable;)I

    .line 32
    :goto_4a
    return-void
.end method
